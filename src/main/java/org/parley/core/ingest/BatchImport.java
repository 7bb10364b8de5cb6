package org.parley.core.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.core.store.SearchIndex;
import org.parley.core.store.StorageException;

/**
 * Imports files and folders (recursively): each file in its own transaction, so a file is all or
 * nothing, one bad file never stops the batch, and cancelling keeps the files already done.
 */
public final class BatchImport {
    /** Files larger than this are refused: 100 MB of text is far beyond any article or transcript. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    /** Above this many files the search index is rebuilt once at the end instead of file by file. */
    static final int BULK_THRESHOLD = 64;

    private final Corpus corpus;
    private final String coder;
    private final List<Importer> importers;

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
        List<ImportSummary.Imported> imported = new ArrayList<>();
        List<ImportSummary.Duplicate> duplicates = new ArrayList<>();
        List<ImportSummary.Failed> failed = new ArrayList<>();
        boolean bulk = files.size() >= BULK_THRESHOLD;
        boolean cancelled = false;
        corpus.bulk(bulk);
        try {
            int done = 0;
            for (Path f : files) {
                if (cancel != null && cancel.get()) {
                    cancelled = true;
                    break;
                }
                String name = f.toString();
                try {
                    List<NewDocument> docs = read(f);
                    List<DocumentStore.Added> added = corpus.write("import " + name, c -> {
                        List<DocumentStore.Added> out = new ArrayList<>();
                        for (NewDocument d : docs) {
                            out.add(DocumentStore.insert(c, corpus.now(), d, coder, !bulk));
                        }
                        return out;
                    });
                    for (int i = 0; i < added.size(); i++) {
                        DocumentStore.Added a = added.get(i);
                        String label = docs.size() == 1 ? name : name + "#" + (i + 1);
                        if (a.duplicate()) {
                            duplicates.add(new ImportSummary.Duplicate(label, a.id()));
                        } else {
                            imported.add(new ImportSummary.Imported(label, a.id(), docs.get(i).meta().title()));
                        }
                    }
                } catch (ImportException e) {
                    failed.add(new ImportSummary.Failed(name, e.getMessage()));
                } catch (IllegalArgumentException | StorageException e) {
                    failed.add(new ImportSummary.Failed(name, e.getMessage()));
                }
                progress.fileDone(++done, files.size(), name);
            }
        } finally {
            if (bulk) {
                new SearchIndex(corpus).rebuild();
            }
            corpus.bulk(false);
        }
        return new ImportSummary(imported, duplicates, failed, cancelled);
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
