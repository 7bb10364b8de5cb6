package org.parley.core.backup;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.OptionalInt;
import org.parley.core.store.Corpus;

/**
 * Puts a backup in the place of a corpus. The backup is copied beside the corpus and the copy checked first
 * ({@link CorpusCheck}: a Parley corpus, whole); the corpus must not be open anywhere ({@link CorpusLock}); the
 * replaced file is kept beside it as {@code NAME.before-restore-YYYYMMDD-HHMMSS.parley} (its log with it), and the
 * checked copy moves into its place in one rename. A refusal or failure leaves the corpus as it was and no copy.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** A restore that happened: the corpus, where the replaced file was kept (null when there was none), the size. */
    public record Result(Path corpus, Path keptAs, long bytes) {
    }

    private Restore() {
    }

    /**
     * Restores {@code backup} as {@code corpus} (which may not exist yet).
     *
     * @throws BackupFailedException with one line naming the file and the reason; nothing was changed
     */
    public static Result run(Path backup, Path corpus, Clock clock) {
        if (!Files.isRegularFile(backup)) {
            throw new BackupFailedException(Files.exists(backup) ? backup + " is not a regular file" : "no backup at " + backup);
        }
        Path target = place(corpus);
        checkReplaceable(target, backup);
        try (StagingFolder staging = StagingFolder.beside(target, "restoring")) {
            Files.copy(backup, staging.staged(), StandardCopyOption.COPY_ATTRIBUTES);
            CorpusCheck.check(staging.staged(), backup);
            long bytes = Files.size(staging.staged());
            if (!Files.exists(target)) {
                move(staging.staged(), target);
                return new Result(target, null, bytes);
            }
            try (CorpusLock lock = CorpusLock.take(target)) {
                Path kept = keptName(target, clock);
                boolean linked = lock.keepAs(kept);
                try {
                    move(staging.staged(), target);
                } catch (IOException first) {
                    lock.close(); // Windows replaces no file that is open, even by us: once more, unlocked
                    try {
                        move(staging.staged(), target);
                    } catch (IOException e) {
                        lock.putBack(kept, linked);
                        throw e;
                    }
                }
                return new Result(target, kept, bytes);
            }
        } catch (IOException e) {
            throw new BackupFailedException("restoring " + backup + " as " + corpus + " failed: " + StagingFolder.reason(e), e);
        }
    }

    /** The corpus file itself: a symbolic link is followed, so the link stays and its file is replaced. */
    private static Path place(Path corpus) {
        Path p = corpus.toAbsolutePath().normalize();
        try {
            if (Files.isSymbolicLink(p)) {
                p = p.toRealPath();
            }
        } catch (IOException e) {
            throw new BackupFailedException("cannot follow the link " + corpus + ": " + StagingFolder.reason(e), e);
        }
        if (p.getParent() == null || !Files.isDirectory(p.getParent())) {
            throw new BackupFailedException("there is no folder " + p.getParent() + " for " + corpus);
        }
        return p;
    }

    /** Only a Parley corpus (or a file named .parley that SQLite no longer reads: a damaged corpus) is replaced. */
    private static void checkReplaceable(Path target, Path backup) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isRegularFile(target)) {
            throw new BackupFailedException(target + " is not a regular file: Parley restores only over a corpus");
        }
        try {
            if (Files.isSameFile(target, backup)) {
                throw new BackupFailedException(backup + " is the corpus itself: choose a backup");
            }
            OptionalInt id = CorpusCheck.applicationId(target);
            boolean parley = id.isPresent() ? id.getAsInt() == Corpus.APPLICATION_ID || id.getAsInt() == 0
                    : target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".parley") || Files.size(target) == 0;
            if (!parley) {
                throw new BackupFailedException(target + " is not a Parley corpus: Parley restores only over a corpus");
            }
        } catch (IOException e) {
            throw new BackupFailedException("cannot read " + target + ": " + StagingFolder.reason(e), e);
        }
    }

    /** {@code NAME.before-restore-YYYYMMDD-HHMMSS.parley} beside the corpus (local time), numbered if taken. */
    static Path keptName(Path corpus, Clock clock) {
        String name = corpus.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".parley") ? name.substring(0, name.length() - 7) : name;
        String stem = base + ".before-restore-" + LocalDateTime.now(clock).format(STAMP);
        Path kept = corpus.resolveSibling(stem + ".parley");
        for (int n = 2; Files.exists(kept, LinkOption.NOFOLLOW_LINKS); n++) {
            kept = corpus.resolveSibling(stem + "-" + n + ".parley");
        }
        return kept;
    }

    private static void move(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
