package org.parley.core.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.files.OutputTarget;
import org.parley.core.store.Corpus;
import org.parley.core.store.StorageException;

/**
 * A backup of an open corpus: SQLite's online backup (consistent at one moment, while others write), written
 * into a hidden folder beside the target, checked ({@link CorpusCheck}), then moved into place whole. A failure
 * (a full disk, say) leaves nothing behind: neither a partial file nor its {@code -journal}.
 */
public final class Backup {
    /** A backup that landed: where, and its size in bytes. */
    public record Result(Path file, long bytes) {
    }

    private Backup() {
    }

    /**
     * Backs {@code corpus} up to {@code out}.
     *
     * @throws org.parley.core.files.OutputRefusedException when {@code out} is no place for it (the corpus, a folder ...)
     * @throws BackupFailedException when the backup could not be written or is not whole
     */
    public static Result take(Corpus corpus, Path out) {
        Path target = OutputTarget.check(out, OutputTarget.Shape.FILE, corpus.file());
        try (StagingFolder staging = StagingFolder.beside(target, "backing-up")) {
            try {
                corpus.backupTo(staging.staged());
            } catch (StorageException e) {
                throw failed(out, e.getCause() == null ? e : e.getCause());
            }
            CorpusCheck.check(staging.staged(), out);
            long bytes = Files.size(staging.staged());
            OutputTarget.land(staging.staged(), target, corpus.file());
            return new Result(target, bytes);
        } catch (IOException e) {
            throw failed(out, e);
        }
    }

    private static BackupFailedException failed(Path out, Throwable e) {
        return new BackupFailedException("the backup to " + out + " failed, nothing was left there: " + StagingFolder.reason(e), e);
    }
}
