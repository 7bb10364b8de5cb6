package org.parley.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.Headline;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.core.text.LineBreaks;
import org.parley.ui.corpus.ImportDialog;

/** File menu work: new, open, import (with progress and cancel), paste as a document, backup. */
final class CorpusFiles {
    private final MainWindow window;

    CorpusFiles(MainWindow window) {
        this.window = window;
    }

    private Alerts alerts() {
        return new Alerts(window.root());
    }

    /** A new corpus with the bundled default codebook. */
    void create(Path file) {
        Corpus corpus;
        try {
            corpus = Corpus.create(file);
        } catch (RuntimeException e) {
            alerts().error("New corpus", e.getMessage());
            return;
        }
        try {
            new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), window.coder());
        } catch (RuntimeException e) {
            alerts().error("New corpus", "The corpus was made without a codebook: " + e.getMessage());
        }
        window.show(corpus);
    }

    void open(Path file) {
        try {
            window.show(Corpus.open(file));
        } catch (RuntimeException e) {
            alerts().error("Open corpus", e.getMessage());
        }
    }

    void importPaths(List<Path> paths) {
        CorpusSession session = window.session();
        AtomicBoolean cancel = new AtomicBoolean();
        ImportDialog dialog = new ImportDialog(window.root(), cancel);
        BatchImport batch = new BatchImport(session.workspace().corpus(), window.coder());
        dialog.show();
        window.runner().run("import files",
                () -> batch.run(paths, (done, total, current) -> Platform.runLater(() -> dialog.progress(done, total, current)), cancel),
                summary -> {
                    dialog.summary(summary);
                    session.refreshList();
                    if (session.workspace().documentProperty().get() == null && !summary.imported().isEmpty()) {
                        session.openDocument(summary.imported().get(0).id()); // nothing open yet: show the first
                    }
                },
                e -> {
                    dialog.close();
                    alerts().error("Import", "Import failed: " + e.getMessage());
                    session.refreshList();
                });
    }

    /** The clipboard's text as a new document, titled by its headline, then opened. */
    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (text == null || text.isBlank()) {
            alerts().info("Paste as document", "The clipboard holds no text.");
            return;
        }
        String stored = LineBreaks.normalise(text);
        CorpusSession session = window.session();
        window.runner().run("add pasted document",
                () -> new DocumentStore(session.workspace().corpus()).add(new NewDocument(stored,
                        DocumentMeta.titled(Headline.find(stored))), window.coder()),
                added -> {
                    session.refreshList();
                    session.openDocument(added.id());
                    if (added.duplicate()) {
                        alerts().info("Paste as document", "This text is already document " + added.id() + "; opened it.");
                    }
                },
                e -> alerts().error("Paste as document", e.getMessage()));
    }

    /** Merges a codebook file into the corpus (matched by uuid, then name; nothing removed). */
    void importCodebook(Path file) {
        var workspace = window.session().workspace();
        window.runner().run("import codebook", () -> new CodebookStore(workspace.corpus())
                        .merge(org.parley.core.codebook.CodebookFile.read(file), window.coder()),
                book -> {
                    workspace.reloadCodebook();
                    workspace.reloadClaims();
                },
                e -> alerts().error("Import codebook", file + ": " + e.getMessage()));
    }

    /** Writes the codebook JSON to {@code file}, never over the corpus or any other (refused with the reason). */
    void exportCodebook(Path file) {
        var workspace = window.session().workspace();
        window.runner().run("export codebook", () -> {
            org.parley.core.codebook.CodebookFile.write(new CodebookStore(workspace.corpus()).load(), file, workspace.corpus().file());
            return file;
        }, f -> alerts().info("Export codebook", "Wrote " + f), e -> alerts().error("Export codebook", e.getMessage()));
    }

    void backup(Path target) {
        Corpus corpus = window.session().workspace().corpus();
        window.runner().run("backup", () -> {
            corpus.backupTo(target);
            return target;
        }, t -> alerts().info("Backup", "Backed up to " + t), e -> alerts().error("Backup", e.getMessage()));
    }
}
