package org.parley.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import org.parley.core.backup.AutomaticBackups;
import org.parley.core.backup.Backup;
import org.parley.core.backup.BackupKind;
import org.parley.core.backup.BackupShelf;
import org.parley.core.backup.Restore;
import org.parley.core.backup.ShelvedBackup;
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

/** File menu work: new, open, import (with progress and cancel), paste as a document, backups and restore. */
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
            window.show(CorpusOpening.open(file, window.coder()));
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

    /** Merges a codebook file into the corpus (matched by uuid, then name; nothing removed), after an automatic backup. */
    void importCodebook(Path file) {
        var workspace = window.session().workspace();
        afterBackup(BackupKind.BEFORE_CODEBOOK_IMPORT, "import codebook", () -> new CodebookStore(workspace.corpus())
                        .merge(org.parley.core.codebook.CodebookFile.read(file), window.coder()),
                book -> {
                    workspace.reloadCodebook();
                    workspace.reloadClaims();
                },
                e -> alerts().error("Import codebook", e instanceof BackupFirstFailed ? e.getMessage() : file + ": " + e.getMessage()));
    }

    /** Writes the codebook JSON to {@code file}, never over the corpus or any other (refused with the reason). */
    void exportCodebook(Path file) {
        var workspace = window.session().workspace();
        window.runner().run("export codebook", () -> {
            org.parley.core.codebook.CodebookFile.write(new CodebookStore(workspace.corpus()).load(), file, workspace.corpus().file());
            return file;
        }, f -> alerts().info("Export codebook", "Wrote " + f), e -> alerts().error("Export codebook", e.getMessage()));
    }

    /** File > Backup now…: a checked backup that lands whole or not at all. */
    void backup(Path target) {
        Corpus corpus = window.session().workspace().corpus();
        window.runner().run("backup", () -> Backup.take(corpus, target),
                r -> alerts().info("Backup", "Backed up to " + r.file()), e -> alerts().error("Backup", e.getMessage()));
    }

    /** The day's automatic backup of the corpus just opened, in the background, when none was taken today. */
    void dailyBackup() {
        AutomaticBackups backups = window.backups();
        if (!backups.on()) {
            return;
        }
        Corpus corpus = window.session().workspace().corpus();
        BackupShelf shelf = backups.shelf(corpus.file()).orElseThrow();
        window.runner().run("daily backup", () -> shelf.dailyIfDue(corpus), taken -> { },
                e -> alerts().error("Automatic backup", "The daily backup of " + corpus.file().getFileName() + " failed: "
                        + e.getMessage()));
    }

    /**
     * Runs {@code work} on the background lane after an automatic backup of the open corpus ({@code kind}), in the
     * same task: when the backup fails the work does not run and {@code failed} gets a {@link BackupFirstFailed}.
     * Every change that brings in much at once goes through here: a codebook import, and a merge of another corpus
     * ({@code BackupKind.BEFORE_MERGE}; the merge, when it comes, calls this).
     */
    <T> void afterBackup(BackupKind kind, String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        AutomaticBackups backups = window.backups();
        Corpus corpus = window.session().workspace().corpus();
        window.runner().run(what, () -> {
            if (backups.on()) {
                try {
                    backups.shelf(corpus.file()).orElseThrow().take(corpus, kind);
                } catch (RuntimeException e) {
                    throw new BackupFirstFailed("Nothing was changed: the backup " + kind.description() + " failed: " + e.getMessage(), e);
                }
            }
            return work.call();
        }, done, failed);
    }

    /** A backup taken before a change failed, so the change was not made. */
    static final class BackupFirstFailed extends RuntimeException {
        BackupFirstFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** File > Restore from backup…: the open corpus's automatic backups; the chosen one is restored. */
    void showBackups() {
        Path file = window.session().workspace().corpus().file();
        BackupShelf shelf = window.backups().shelf(file).orElse(null);
        if (shelf == null) {
            alerts().info("Restore from backup", "This window keeps no automatic backups.");
            return;
        }
        List<ShelvedBackup> list;
        try {
            list = shelf.list();
        } catch (RuntimeException e) {
            alerts().error("Restore from backup", e.getMessage());
            return;
        }
        new RestoreDialog(window.root(), file.getFileName().toString(), list, shelf.folder(), window.backups().clock().getZone())
                .show(this::restore);
    }

    /**
     * Closes the corpus in the window, restores {@code backup} in its place (the same {@link Restore} as the
     * command line) and opens it again; on failure the corpus as it was is opened again and the reason shown.
     */
    void restore(ShelvedBackup backup) {
        Path file = window.session().workspace().corpus().file();
        String when = RestoreDialog.WHEN.format(backup.taken().atZone(window.backups().clock().getZone()));
        if (!window.closeCorpus("Restoring the backup of " + when + "…")) {
            return; // the coder chose to keep the corpus open with its unsaved changes
        }
        window.runner().run("restore from backup", () -> Restore.run(backup.file(), file, window.backups().clock()), restored -> {
            open(file);
            alerts().info("Restore from backup", "Restored " + file.getFileName() + " from the backup of " + when + ".\n"
                    + "The corpus as it was is kept as " + restored.keptAs() + ".");
        }, e -> {
            open(file);
            alerts().error("Restore from backup", "Nothing was restored: " + e.getMessage());
        });
    }
}
