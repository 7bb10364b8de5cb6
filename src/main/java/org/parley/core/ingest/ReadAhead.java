package org.parley.core.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import org.parley.core.store.NewDocument;
import org.parley.core.store.Sha256;

/**
 * Reads and parses a batch's files in order on one background thread while the caller stores the ones
 * already read, so decoding, extraction and metadata detection overlap with SQLite's work. It runs at most
 * {@link #MAX_FILES} files and about {@link #MAX_CHARS} characters ahead; {@link #take} hands the files
 * back in the order given, one outcome per file.
 */
final class ReadAhead implements AutoCloseable {
    static final int MAX_FILES = 256;
    static final int MAX_CHARS = 16 * 1024 * 1024;

    /** What reading one file gave. */
    sealed interface Outcome permits Parsed, Unreadable, Project {
        Path file();
    }

    /**
     * Documents to store, each with the SHA-256 of its text (worked out here, off the storing thread) and the
     * claims a Parley dataset carried for it (both lists in the order of {@code docs}).
     */
    record Parsed(Path file, List<NewDocument> docs, List<String> sha256, List<List<DatasetImporter.Claim>> claims) implements Outcome {
        Parsed(Path file, List<NewDocument> docs, List<List<DatasetImporter.Claim>> claims) {
            this(file, docs, docs.stream().map(d -> Sha256.ofText(d.text())).toList(), claims);
        }

        long chars() {
            return docs.stream().mapToLong(d -> d.text().length()).sum();
        }
    }

    record Unreadable(Path file, String reason) implements Outcome {
    }

    /** A REFI-QDA project: the writer imports it itself, as it brings codes and claims as well as texts. */
    record Project(Path file) implements Outcome {
    }

    /** Reads one file; runs on the reading thread only. */
    interface Reader {
        Outcome read(Path file);
    }

    /** A failure the reader did not expect, handed to the caller to throw in its own thread. */
    private record Crash(Throwable error) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(MAX_FILES);
    private final Semaphore chars = new Semaphore(MAX_CHARS);
    private final Thread thread;
    /** The outcome {@link #next} looked at and {@link #take} has not taken yet (the caller's thread only). */
    private Outcome head;

    ReadAhead(List<Path> files, Reader reader) {
        thread = new Thread(() -> {
            try {
                for (Path f : files) {
                    Outcome o = reader.read(f);
                    chars.acquire(budget(o));
                    queue.put(o);
                }
            } catch (InterruptedException e) {
                // closed before the end: the caller stopped (cancelled or failed)
            } catch (RuntimeException | Error e) {
                try {
                    queue.put(new Crash(e));
                } catch (InterruptedException stopped) {
                    // the caller has stopped taking
                }
            }
        }, "parley-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next file's outcome, waiting until it has been read. */
    Outcome take() throws InterruptedException {
        Outcome o = next();
        head = null;
        return o;
    }

    /** The next file's outcome without taking it, waiting until it has been read. */
    Outcome next() throws InterruptedException {
        if (head == null) {
            Object o = queue.take();
            if (o instanceof Crash c) {
                if (c.error() instanceof RuntimeException r) {
                    throw r;
                }
                throw (Error) c.error();
            }
            head = (Outcome) o;
            chars.release(budget(head));
        }
        return head;
    }

    private static int budget(Outcome o) {
        // one file larger than the whole budget still passes (alone)
        return o instanceof Parsed p ? (int) Math.min(MAX_CHARS, p.chars()) : 0;
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
