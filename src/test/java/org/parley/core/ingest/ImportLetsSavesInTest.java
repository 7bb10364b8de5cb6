package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;
import org.parley.core.store.NewDocument;
import org.parley.core.model.DocumentMeta;

/**
 * A bulk import whose files are slow to read (large PDFs, a slow disk) never holds the corpus while it waits
 * for the next file: a save made meanwhile waits for one chunk's inserts at most, not for the reading.
 */
class ImportLetsSavesInTest {
    @TempDir
    Path dir;

    /** Reads each file in 40 ms, as a slow extraction would. */
    private static final class SlowText implements Importer {
        @Override
        public boolean accepts(SourceFile file) {
            return true;
        }

        @Override
        public List<NewDocument> read(SourceFile file) {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new NewDocument("Text of " + file.name(), DocumentMeta.titled(file.name())));
        }
    }

    @Test
    void aSaveDuringASlowBulkImportWaitsForOneChunkAtMost() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 80; i++) {
            Files.writeString(folder.resolve(String.format("f%03d.txt", i)), "text " + i);
        }
        try (Corpus corpus = Corpus.create(dir.resolve("c.parley"))) {
            CountDownLatch started = new CountDownLatch(5);
            AtomicLong worst = new AtomicLong();
            AtomicBoolean done = new AtomicBoolean();
            Thread saver = new Thread(() -> {
                try {
                    started.await();
                    while (!done.get()) {
                        long t0 = System.nanoTime();
                        corpus.write("a coder's save", c -> c.createStatement().execute("SELECT 1"));
                        worst.accumulateAndGet(System.nanoTime() - t0, Math::max);
                        Thread.sleep(20);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            saver.start();
            ImportSummary s = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new BatchImport(corpus, "tester",
                    List.<Importer>of(new SlowText())).run(List.of(folder), (d, t, f) -> started.countDown(), new AtomicBoolean()));
            done.set(true);
            saver.join();
            assertThat(s.imported()).hasSize(80);
            // reading one chunk takes about a second (CHUNK_NANOS); storing it takes milliseconds
            assertThat(Duration.ofNanos(worst.get())).isLessThan(Duration.ofMillis(400));
        }
    }
}
