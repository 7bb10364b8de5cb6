package org.parley.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import org.parley.core.backup.AutomaticBackups;
import org.parley.core.backup.BackupShelf;
import org.parley.core.backup.ShelvedBackup;
import org.parley.core.ingest.ImportOptions;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.model.Codebook;
import org.parley.core.session.Backups;
import org.parley.core.session.CodebookFiles;
import org.parley.core.session.CorpusOpener;
import org.parley.core.session.Imports;
import org.parley.core.session.JobWatcher;
import org.parley.core.session.OpenCorpus;
import org.parley.core.session.Pasting;
import org.parley.core.session.Progress;
import org.parley.core.session.RunningJob;
import org.parley.ui.corpus.ImportDialog;

/**
 * File menu work: new, open (off the FX thread, asking first about unsaved work), import (with progress and
 * Cancel), paste as a document, codebook import and export, backups and restore, each a job on the open
 * corpus's jobs lane so saves never wait behind it.
 */
final class CorpusFiles {
    private final MainWindow window;

    CorpusFiles(MainWindow window) {
        this.window = window;
    }

    /** Opening and creating under the coder of this moment (File > Coder… changes it). */
    private CorpusOpening opening() {
        return new CorpusOpening(window.root(), new CorpusOpener(window.coder(), Platform::runLater));
    }

    private Alerts alerts() {
        return new Alerts(window.root());
    }

    private OpenCorpus corpus() {
        return window.session().corpus();
    }

    /** A new corpus with the bundled default codebook, made off the FX thread, then shown in place of the open one. */
    void create(Path file) {
        opening().create(file, window::show);
    }

    /** Opens (and migrates) {@code file} off the FX thread, then shows it in place of the open one. */
    void open(Path file) {
        opening().open(file, window::show);
    }

    /** Imports files and folders as one job: progress and Cancel in the import dialog, then the summary. */
    RunningJob importPaths(List<Path> paths) {
        CorpusSession session = window.session();
        ImportOptions options = ImportOptions.DEFAULT.withWholePage(window.settings().importWholePages());
        javafx.beans.property.BooleanProperty whole = new javafx.beans.property.SimpleBooleanProperty(options.wholePage());
        whole.addListener((o, was, now) -> {
            window.settings().importWholePages(now);
            window.settings().saveSoon();
        });
        RunningJob[] job = new RunningJob[1];
        ImportDialog dialog = new ImportDialog(window.root(), () -> job[0].cancel(), whole);
        dialog.show();
        job[0] = Imports.start(session.corpus(), paths, window.coder(), options, new JobWatcher<>() {
            @Override
            public void progress(Progress p) {
                dialog.progress(p.done(), p.total(), p.text());
            }

            @Override
            public void done(ImportSummary summary) {
                dialog.summary(summary);
                session.refreshList();
                if (!summary.imported().isEmpty()) {
                    session.openDocument(summary.imported().get(0).id()); // what was just imported is what the coder looks at next
                }
            }

            @Override
            public void failed(Throwable e) {
                dialog.close();
                alerts().error("Import", "Import failed: " + e.getMessage());
                session.refreshList();
            }

            @Override
            public void cancelled() {
                dialog.close();
                session.refreshList();
            }
        });
        return job[0];
    }

    /** The clipboard's text as a new document, titled by its headline, then opened. */
    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        if (!Pasting.worthPasting(text)) {
            alerts().info("Paste as document", "The clipboard holds no text.");
            return;
        }
        CorpusSession session = window.session();
        Pasting.paste(session.corpus(), text, window.coder(), watcher("Paste as document", added -> {
            session.refreshList();
            session.openDocument(added.id());
            if (added.duplicate()) {
                alerts().info("Paste as document", "This text is already document " + added.id() + "; opened it.");
            }
        }));
    }

    /** Merges a codebook file into the corpus (matched by uuid, then name; nothing removed), after an automatic backup. */
    RunningJob importCodebook(Path file) {
        var workspace = window.session().workspace();
        return CodebookFiles.importFrom(corpus(), window.backups(), file, window.coder(), new JobWatcher<Codebook>() {
            @Override
            public void done(Codebook book) {
                workspace.reloadCodebook();
                workspace.reloadClaims();
            }

            @Override
            public void failed(Throwable e) {
                alerts().error("Import codebook", e instanceof Backups.BackupFirstFailed ? e.getMessage() : file + ": " + e.getMessage());
            }
        });
    }

    /** Writes the codebook JSON to {@code file}, never over the corpus or any other (refused with the reason). */
    RunningJob exportCodebook(Path file) {
        return CodebookFiles.exportTo(corpus(), file, watcher("Export codebook", f -> alerts().info("Export codebook", "Wrote " + f)));
    }

    /** File > Backup now…: a checked backup that lands whole or not at all. */
    RunningJob backup(Path target) {
        return Backups.now(corpus(), target, watcher("Backup", f -> alerts().info("Backup", "Backed up to " + f)));
    }

    /** The day's automatic backup of the corpus just opened, in the background, when none was taken today. */
    void dailyBackup() {
        Path file = corpus().file();
        Backups.dailyIfDue(corpus(), window.backups(), new JobWatcher<>() {
            @Override
            public void done(java.util.Optional<ShelvedBackup> taken) {
            }

            @Override
            public void failed(Throwable e) {
                alerts().error("Automatic backup", "The daily backup of " + file.getFileName() + " failed: " + e.getMessage());
            }
        });
    }

    /** A job's ending told to the coder: {@code done} with its result, a failure as one line titled {@code title}. */
    private <T> JobWatcher<T> watcher(String title, java.util.function.Consumer<T> done) {
        return new JobWatcher<>() {
            @Override
            public void done(T result) {
                done.accept(result);
            }

            @Override
            public void failed(Throwable e) {
                alerts().error(title, e.getMessage());
            }
        };
    }

    /** File > Restore from backup…: the open corpus's automatic backups; the chosen one is restored. */
    void showBackups() {
        Path file = corpus().file();
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
     * Closes the corpus in the window (asking first about unsaved work), restores {@code backup} in its place (the
     * same restore as the command line) and opens it again; on failure the corpus as it was is opened again and the
     * reason shown.
     */
    void restore(ShelvedBackup backup) {
        Path file = corpus().file();
        AutomaticBackups backups = window.backups();
        String when = RestoreDialog.WHEN.format(backup.taken().atZone(backups.clock().getZone()));
        if (!window.closeCorpus("Restoring the backup of " + when + "…")) {
            return; // the coder chose to keep the corpus open with its unsaved changes
        }
        Backups.restore(backup.file(), file, backups.clock(), Platform::runLater, kept -> {
            open(file);
            alerts().info("Restore from backup", "Restored " + file.getFileName() + " from the backup of " + when + ".\n"
                    + "The corpus as it was is kept as " + kept + ".");
        }, e -> {
            open(file);
            alerts().error("Restore from backup", "Nothing was restored: " + e.getMessage());
        });
    }
}
