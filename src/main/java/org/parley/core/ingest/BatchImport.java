package org.parley.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.parley.core.ingest.qdpx.QdpxImport;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentWriter;
import org.parley.core.store.NewDocument;
import org.parley.core.store.SearchIndex;

/**
 * Imports files and folders (recursively): each file in its own transaction, so a file is all or
 * nothing, one bad file never stops the batch, and cancelling keeps the files already done.
 */
public final class BatchImport {
    /** Files larger than this are refused: 100 MB of text is far beyond any article or transcript. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** Above this many files the search index is rebuilt once at the end instead of file by file. */
    static final int BULK_THRESHOLD = 64;
    /** In a bulk import, files stored per commit (each still in its own savepoint). */
    static final int CHUNK_FILES = 200;
    static final long CHUNK_CHARS = 8L * 1024 * 1024;

    private final Corpus corpus;
    private final String coder;
    private final List<Importer> importers;
    /** Claims a dataset file carries, by the document they belong to, until that document is stored. */
    private final java.util.Map<NewDocument, List<DatasetImporter.Claim>> carried = new java.util.IdentityHashMap<>();

    public BatchImport(Corpus corpus, String coder, List<Importer> importers) {
        this.corpus = corpus;
        this.coder = coder;
        this.importers = List.copyOf(importers);
    }

    public BatchImport(Corpus corpus, String coder) {
        this(corpus, coder, Importers.all());
    }

    /** The files a batch would import, in a stable order (folders walked recursively, hidden files skipped). */
    public static List<Path> files(List<Path> paths) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted()
                            .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    public ImportSummary run(List<Path> paths, ImportProgress progress, AtomicBoolean cancel) throws IOException {
        List<Path> files = files(paths);
        Results results = new Results();
        boolean bulk = files.size() >= BULK_THRESHOLD;
        boolean cancelled = false;
        corpus.bulk(bulk);
        try {
            List<Parsed> pending = new ArrayList<>();
            long pendingBytes = 0;
            int done = 0;
            for (Path f : files) {
                if (cancel != null && cancel.get()) {
                    cancelled = true;
                    break;
                }
                if (QdpxImport.accepts(f)) { // a project brings codes and claims too: imported on its own, all or nothing
                    QdpxImport.into(corpus, coder, f, results.imported, results.duplicates, results.failed);
                    progress.fileDone(++done, files.size(), f.toString());
                    continue;
                }
                try {
                    List<NewDocument> docs = read(f);
                    pending.add(new Parsed(f.toString(), docs));
                    pendingBytes += docs.stream().mapToLong(d -> d.text().length()).sum();
                } catch (ImportException e) {
                    results.failed.add(new ImportSummary.Failed(f.toString(), e.getMessage()));
                    progress.fileDone(++done, files.size(), f.toString());
                }
                if (!bulk || pending.size() >= CHUNK_FILES || pendingBytes >= CHUNK_CHARS) {
                    done = store(pending, bulk, results, progress, done, files.size());
                    pending.clear();
                    pendingBytes = 0;
                }
            }
            store(pending, bulk, results, progress, done, files.size());
        } finally {
            if (bulk) {
                new SearchIndex(corpus).rebuild();
            }
            corpus.bulk(false);
        }
        return new ImportSummary(results.imported, results.duplicates, results.failed, cancelled);
    }

    /** A file read and parsed, waiting to be stored. */
    private record Parsed(String name, List<NewDocument> docs) {
    }

    private static final class Results {
        final List<ImportSummary.Imported> imported = new ArrayList<>();
        final List<ImportSummary.Duplicate> duplicates = new ArrayList<>();
        final List<ImportSummary.Failed> failed = new ArrayList<>();
    }

    /**
     * Stores parsed files in one commit, each file inside its own savepoint: a file that fails is rolled
     * back alone, so every file is still all or nothing, while the batch pays for one commit per chunk.
     */
    private int store(List<Parsed> chunk, boolean bulk, Results results, ImportProgress progress, int done, int total) {
        if (chunk.isEmpty()) {
            return done;
        }
        List<Object> outcomes = corpus.write("import " + chunk.get(0).name() + (chunk.size() > 1 ? " and " + (chunk.size() - 1) + " more" : ""), c -> {
            List<Object> out = new ArrayList<>();
            DocumentWriter writer = new DocumentWriter(c, corpus.now());
            for (Parsed p : chunk) {
                Savepoint sp = c.setSavepoint();
                try {
                    List<DocumentStore.Added> added = new ArrayList<>();
                    for (NewDocument d : p.docs()) {
                        DocumentStore.Added a = writer.insert(d, coder, !bulk);
                        DatasetImporter.storeClaims(c, corpus.now(), a, carried.getOrDefault(d, List.of()));
                        added.add(a);
                    }
                    c.releaseSavepoint(sp);
                    out.add(added);
                } catch (SQLException | RuntimeException e) {
                    c.rollback(sp);
                    out.add(new ImportSummary.Failed(p.name(), e.getMessage()));
                }
            }
            writer.close();
            return out;
        });
        chunk.forEach(p -> p.docs().forEach(carried::remove));
        for (int i = 0; i < chunk.size(); i++) {
            Parsed p = chunk.get(i);
            if (outcomes.get(i) instanceof ImportSummary.Failed f) {
                results.failed.add(f);
            } else {
                @SuppressWarnings("unchecked")
                List<DocumentStore.Added> added = (List<DocumentStore.Added>) outcomes.get(i);
                for (int k = 0; k < added.size(); k++) {
                    DocumentStore.Added a = added.get(k);
                    String label = p.docs().size() == 1 ? p.name() : p.name() + "#" + (k + 1);
                    if (a.duplicate()) {
                        results.duplicates.add(new ImportSummary.Duplicate(label, a.id()));
                    } else {
                        results.imported.add(new ImportSummary.Imported(label, a.id(), p.docs().get(k).meta().title()));
                    }
                }
            }
            progress.fileDone(++done, total, p.name());
        }
        return done;
    }

    private List<NewDocument> read(Path f) throws ImportException {
        byte[] bytes;
        try {
            long size = Files.size(f);
            if (size > MAX_FILE_BYTES) {
                throw new ImportException("too large (" + size / (1024 * 1024) + " MB; the limit is "
                        + MAX_FILE_BYTES / (1024 * 1024) + " MB per file)");
            }
            bytes = Files.readAllBytes(f);
        } catch (NoSuchFileException e) {
            throw new ImportException("no such file");
        } catch (AccessDeniedException e) {
            throw new ImportException("permission denied");
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), e);
        }
        if (bytes.length == 0) {
            throw new ImportException("the file is empty");
        }
        SourceFile source = new SourceFile(f, bytes);
        for (Importer importer : importers) {
            if (importer instanceof DatasetImporter dataset && dataset.accepts(source)) {
                List<DatasetImporter.Entry> entries = dataset.entries(source);
                entries.forEach(e -> carried.put(e.document(), e.claims()));
                return entries.stream().map(DatasetImporter.Entry::document).toList();
            }
            if (importer.accepts(source)) {
                try {
                    return importer.read(source);
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
