package org.parley.core.session;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.parley.core.backup.AutomaticBackups;
import org.parley.core.backup.Backup;
import org.parley.core.backup.BackupKind;
import org.parley.core.backup.Restore;
import org.parley.core.backup.ShelvedBackup;

/**
 * The window's backups as jobs: File > Backup now…, the day's automatic backup of a corpus just opened, the
 * automatic backup before a change that brings in much at once, and restoring a backup in the corpus's place.
 */
public final class Backups {
    private static final ExecutorService RESTORING = CorpusOpener.daemon("parley-restore");

    private Backups() {
    }

    /** A backup taken before a change failed, so the change was not made. */
    public static final class BackupFirstFailed extends RuntimeException {
        BackupFirstFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A checked backup to {@code target} that lands whole or not at all; {@code watcher} gets the file written. */
    public static RunningJob now(OpenCorpus open, Path target, JobWatcher<Path> watcher) {
        return open.startJob("backup", (corpus, control) -> Backup.take(corpus, target).file(), watcher);
    }

    /** The day's automatic backup when none was taken today (nothing when automatic backups are off). */
    public static Optional<RunningJob> dailyIfDue(OpenCorpus open, AutomaticBackups backups, JobWatcher<Optional<ShelvedBackup>> watcher) {
        if (!backups.on()) {
            return Optional.empty();
        }
        var shelf = backups.shelf(open.file()).orElseThrow();
        return Optional.of(open.startJob("daily backup", (corpus, control) -> shelf.dailyIfDue(corpus), watcher));
    }

    /**
     * Runs {@code work} as a job after an automatic backup of the corpus ({@code kind}), in the same job: when the
     * backup fails the work does not run and the watcher gets a {@link BackupFirstFailed}. Every change that brings
     * in much at once goes through here: a codebook import, and a merge of another corpus
     * ({@code BackupKind.BEFORE_MERGE}; the merge, when it comes, calls this).
     */
    public static <T> RunningJob afterBackup(OpenCorpus open, AutomaticBackups backups, BackupKind kind, String name,
            CorpusJob<T> work, JobWatcher<T> watcher) {
        return open.startJob(name, (corpus, control) -> {
            if (backups.on()) {
                try {
                    backups.shelf(corpus.file()).orElseThrow().take(corpus, kind);
                } catch (RuntimeException e) {
                    throw new BackupFirstFailed("Nothing was changed: the backup " + kind.description() + " failed: " + e.getMessage(), e);
                }
            }
            control.stopIfCancelled();
            return work.run(corpus, control);
        }, watcher);
    }

    /**
     * Restores {@code backup} in the place of the corpus file {@code corpus} (the same {@link Restore} as the
     * command line), which the window has closed first: refused while any program has it open. Runs on a thread
     * of its own; {@code done} (where the replaced file is kept) or {@code failed} hear through {@code callbacks}.
     */
    public static void restore(Path backup, Path corpus, Clock clock, Executor callbacks, Consumer<Path> done,
            Consumer<Throwable> failed) {
        RESTORING.execute(() -> {
            Path kept;
            try {
                kept = Restore.run(backup, corpus, clock).keptAs();
            } catch (Throwable e) {
                callbacks.execute(() -> failed.accept(e));
                return;
            }
            callbacks.execute(() -> done.accept(kept));
        });
    }
}
