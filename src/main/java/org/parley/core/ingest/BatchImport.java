package org.parley.core.ingest;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.core.ingest.qdpx.ProjectRefused;
import org.parley.core.ingest.qdpx.QdpxImport;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentWriter;
import org.parley.core.store.LongWrite;
import org.parley.core.store.NewDocument;
import org.parley.core.store.StorageException;

/**
 * Imports files and folders (recursively). A file is all or nothing; a file that cannot be read or is refused
 * never stops the batch, while a failure of the corpus itself (disk full, an I/O error) rolls back the chunk
 * being stored and stops the import with its reason; cancelling keeps the files already done. Fewer than {@link #BULK_THRESHOLD} files are stored one
 * transaction each; more are stored in chunks of many files per commit (ADRs 0005, 0006).
 */
public final class BatchImport {
    /** Files larger than this are refused: 100 MB of text is far beyond any article or transcript. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /**
     * From this many files on, files are stored in chunks of many per commit and each chunk is indexed for
     * search in one statement before it commits, instead of file by file.
     */
    static final int BULK_THRESHOLD = 64;
    /** In a bulk import, the most files, characters and time stored per commit. */
    static final int CHUNK_FILES = 2000;
    static final long CHUNK_CHARS = 16L * 1024 * 1024;
    static final long CHUNK_NANOS = 1_000_000_000L;

    private final Corpus corpus;
    private final String coder;
    /** {@link #CHUNK_FILES}, or fewer in tests that need several chunks from a small folder. */
    private final int chunkFiles;
    private final List<Importer> importers;

    public BatchImport(Corpus corpus, String coder, List<Importer> importers) {
        this(corpus, coder, importers, CHUNK_FILES);
    }

    BatchImport(Corpus corpus, String coder, List<Importer> importers, int chunkFiles) {
        this.corpus = corpus;
        this.coder = coder;
        this.importers = List.copyOf(importers);
        this.chunkFiles = chunkFiles;
    }

    public BatchImport(Corpus corpus, String coder) {
        this(corpus, coder, Importers.all());
    }

    /** The files a batch would import and can open, in a stable order ({@link FileList}). */
    public static List<Path> files(List<Path> paths) {
        return FileList.of(paths).readable();
    }

    public ImportSummary run(List<Path> paths, ImportProgress progress, AtomicBoolean cancel) throws IOException {
        FileList listing = FileList.of(paths);
        List<Path> files = listing.paths();
        Results results = new Results();
        boolean bulk = files.size() >= BULK_THRESHOLD;
        boolean cancelled = false;
        // a long import names itself in the corpus, so that a writer waiting for it can say whom it waits for
        LongWrite holder = bulk ? LongWrite.begin(corpus, files.size()) : null;
        corpus.bulk(bulk);
        try (ReadAhead reading = new ReadAhead(files, f -> outcome(f, listing))) {
            int done = 0;
            while (done < files.size()) {
                if (cancel != null && cancel.get()) {
                    cancelled = true;
                    break;
                }
                ReadAhead.Outcome next = reading.next();
                if (!(next instanceof ReadAhead.Project p)) {
                    done = store(reading, bulk, cancel, results, progress, done, files.size());
                    continue;
                }
                reading.take(); // a project brings codes and claims too: imported on its own, all or nothing
                project(p.file(), results);
                progress.fileDone(++done, files.size(), p.file().toString());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
        } finally {
            corpus.bulk(false);
            if (holder != null) {
                holder.end(corpus);
            }
        }
        return new ImportSummary(results.imported, results.duplicates, results.failed, results.notes, cancelled);
    }

    private static final class Results {
        final List<ImportSummary.Imported> imported = new ArrayList<>();
        final List<ImportSummary.Duplicate> duplicates = new ArrayList<>();
        final List<ImportSummary.Failed> failed = new ArrayList<>();
        final List<ImportSummary.Note> notes = new ArrayList<>();
    }

    /** What storing one file gave: the documents added (or found already there), or why it failed. */
    private record FileResult(List<DocumentStore.Added> added, ImportSummary.Failed failed) {
        FileResult {
            if ((added == null) == (failed == null)) {
                throw new IllegalArgumentException("a file is either stored or failed");
            }
        }

        static FileResult stored(List<DocumentStore.Added> added) {
            return new FileResult(List.copyOf(added), null);
        }

        static FileResult failed(Path file, String reason) {
            return new FileResult(null, new ImportSummary.Failed(file.toString(), reason));
        }
    }

    /** Imports a REFI-QDA project and adds its documents and notes, or its one failure, to the results. */
    private void project(Path file, Results results) {
        try {
            QdpxImport.Result r = new QdpxImport(corpus, coder).run(file);
            r.documents().forEach(d -> results.imported.add(new ImportSummary.Imported(d.label(), d.id(), d.title())));
            r.duplicates().forEach(d -> results.duplicates.add(new ImportSummary.Duplicate(d.label(), d.of())));
            Stream.concat(r.added().stream(), r.notMapped().stream())
                    .forEach(n -> results.notes.add(new ImportSummary.Note(n.file(), n.text(), n.count(), n.names())));
        } catch (ProjectRefused | IllegalArgumentException | StorageException e) {
            results.failed.add(new ImportSummary.Failed(file.toString(), e.getMessage()));
        }
    }

    /**
     * Stores the files read next in one commit, each file all or nothing (see the per-file {@code store}):
     * a file that fails is undone alone, while a bulk import pays for one commit per chunk. The chunk's files
     * are taken from the reading thread before the write begins ({@link #chunk}), so the corpus is never held
     * while the import waits for a file to be read: a save in between waits for at most one chunk's inserts.
     * Files that could not be read take their place in the chunk as failures.
     */
    private int store(ReadAhead reading, boolean bulk, AtomicBoolean cancel, Results results, ImportProgress progress,
                      int done, int total) throws InterruptedException {
        List<ReadAhead.Outcome> chunk = chunk(reading, bulk, cancel, done, total);
        List<FileResult> outcomes = corpus.write("import " + chunk.get(0).file(), c -> {
            List<FileResult> out = new ArrayList<>();
            try (DocumentWriter writer = new DocumentWriter(c, corpus.now()); FileSavepoint file = new FileSavepoint(c)) {
                for (ReadAhead.Outcome o : chunk) {
                    out.add(o instanceof ReadAhead.Parsed p ? store(c, writer, file, p, bulk)
                            : FileResult.failed(o.file(), ((ReadAhead.Unreadable) o).reason()));
                }
                writer.indexPending(); // the chunk's documents are searchable when it commits
            }
            return out;
        });
        corpus.pauseForOtherWriters(); // another program's writer waiting for the lock gets it between chunks
        for (int i = 0; i < chunk.size(); i++) {
            String name = chunk.get(i).file().toString();
            FileResult r = outcomes.get(i);
            if (r.failed() != null) {
                results.failed.add(r.failed());
            } else {
                ReadAhead.Parsed p = (ReadAhead.Parsed) chunk.get(i);
                for (int k = 0; k < r.added().size(); k++) {
                    DocumentStore.Added a = r.added().get(k);
                    String label = p.docs().size() == 1 ? name : name + "#" + (k + 1);
                    if (a.duplicate()) {
                        results.duplicates.add(new ImportSummary.Duplicate(label, a.id()));
                    } else {
                        results.imported.add(new ImportSummary.Imported(label, a.id(), p.docs().get(k).meta().title()));
                    }
                }
            }
            progress.fileDone(++done, total, name);
        }
        return done;
    }

    /**
     * The files of the next chunk, taken from the reading thread (waiting for it here, outside any write). A
     * chunk ends after {@link #CHUNK_NANOS}, {@link #CHUNK_FILES} files or {@link #CHUNK_CHARS} characters,
     * before a .qdpx project, or on cancel; outside bulk mode it is one file.
     */
    private List<ReadAhead.Outcome> chunk(ReadAhead reading, boolean bulk, AtomicBoolean cancel, int done, int total)
            throws InterruptedException {
        List<ReadAhead.Outcome> chunk = new ArrayList<>();
        long start = System.nanoTime();
        long chars = 0;
        while (true) {
            ReadAhead.Outcome o = reading.take();
            chunk.add(o);
            if (o instanceof ReadAhead.Parsed p) {
                chars += p.chars();
            }
            if (!bulk || done + chunk.size() >= total || chunk.size() >= chunkFiles || chars >= CHUNK_CHARS
                    || System.nanoTime() - start >= CHUNK_NANOS || cancel != null && cancel.get()
                    || reading.next() instanceof ReadAhead.Project) {
                return chunk;
            }
        }
    }

    /**
     * One file's documents (and a dataset's claims): the added documents, or the failure. In a bulk import
     * a file of one document and nothing else needs no savepoint: its row goes in with one INSERT, which
     * SQLite undoes by itself when a constraint refuses it ({@link DocumentWriter.Refused}); any other
     * failure (disk full, I/O error, a transaction rolled back whole) ends the chunk, which is rolled back
     * and stops the import with its reason. A savepoint copies every page the file touches, which cost a
     * bulk import of articles about a tenth of its time. Any other file gets a savepoint, so it is stored
     * whole or not at all.
     */
    private FileResult store(Connection c, DocumentWriter writer, FileSavepoint file, ReadAhead.Parsed p, boolean bulk)
            throws SQLException {
        if (bulk && p.docs().size() == 1 && p.claims().get(0).isEmpty()) {
            try {
                return FileResult.stored(List.of(writer.insert(p.docs().get(0), p.sha256().get(0), coder, false)));
            } catch (DocumentWriter.Refused e) {
                return FileResult.failed(p.file(), e.getMessage());
            }
        }
        file.begin();
        try {
            List<DocumentStore.Added> added = new ArrayList<>();
            for (int i = 0; i < p.docs().size(); i++) {
                DocumentStore.Added a = writer.insert(p.docs().get(i), p.sha256().get(i), coder, !bulk);
                DatasetImporter.storeClaims(c, corpus.now(), a, p.claims().get(i));
                added.add(a);
            }
            file.release();
            return FileResult.stored(added);
        } catch (SQLException | RuntimeException e) {
            file.rollback();
            return FileResult.failed(p.file(), e.getMessage());
        }
    }

    /**
     * One file's savepoint, its three statements prepared once per chunk (the driver's own savepoints format
     * and prepare a new statement each time, which a bulk import felt).
     */
    private static final class FileSavepoint implements AutoCloseable {
        private final PreparedStatement begin;
        private final PreparedStatement release;
        private final PreparedStatement rollback;

        FileSavepoint(Connection c) throws SQLException {
            begin = c.prepareStatement("SAVEPOINT import_file");
            release = c.prepareStatement("RELEASE import_file");
            rollback = c.prepareStatement("ROLLBACK TO import_file");
        }

        void begin() throws SQLException {
            begin.execute();
        }

        void release() throws SQLException {
            release.execute();
        }

        /** Undoes the file's changes and ends its savepoint; the chunk's transaction goes on. */
        void rollback() throws SQLException {
            rollback.execute();
            release.execute();
        }

        @Override
        public void close() throws SQLException {
            begin.close();
            release.close();
            rollback.close();
        }
    }

    /** Reads one file on the reading thread: its documents, or why it cannot be imported. */
    private ReadAhead.Outcome outcome(Path f, FileList listing) {
        String refused = listing.refused().get(f);
        if (refused != null) {
            return new ReadAhead.Unreadable(f, refused);
        }
        if (QdpxImport.accepts(f)) {
            return new ReadAhead.Project(f);
        }
        try {
            return read(f);
        } catch (ImportException e) {
            return new ReadAhead.Unreadable(f, e.getMessage());
        }
    }

    private ReadAhead.Parsed read(Path f) throws ImportException {
        byte[] bytes;
        try (SeekableByteChannel ch = Files.newByteChannel(f)) { // one open and fstat per file, no separate stat
            long size = ch.size();
            if (size > MAX_FILE_BYTES) {
                throw new ImportException("too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB per file)");
            }
            bytes = Channels.newInputStream(ch).readNBytes((int) size);
        } catch (IOException e) {
            throw new ImportException(FileList.reason(e), e);
        }
        if (bytes.length == 0) {
            throw new ImportException("the file is empty");
        }
        SourceFile source = new SourceFile(f, bytes);
        for (Importer importer : importers) {
            if (importer instanceof DatasetImporter dataset && dataset.accepts(source)) {
                List<DatasetImporter.Entry> entries = dataset.entries(source);
                return new ReadAhead.Parsed(f, entries.stream().map(DatasetImporter.Entry::document).toList(),
                        entries.stream().map(DatasetImporter.Entry::claims).toList());
            }
            if (importer.accepts(source)) {
                try {
                    List<NewDocument> docs = importer.read(source);
                    return new ReadAhead.Parsed(f, docs, java.util.Collections.nCopies(docs.size(), List.of()));
                } catch (StackOverflowError e) {
                    throw new ImportException("nested too deeply to read");
                } catch (OutOfMemoryError e) {
                    throw new ImportException("too big to read in the memory Parley has (" + bytes.length / (1024 * 1024) + " MB file)");
                } catch (IllegalArgumentException e) {
                    throw new ImportException(e.getMessage(), e);
                } catch (RuntimeException e) {
                    // A library's own failure on a damaged file: still one line about this file, never the batch.
                    throw new ImportException("cannot read it (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")", e);
                }
            }
        }
        throw new ImportException("not a format Parley imports (" + Importers.describe() + ")");
    }
}
