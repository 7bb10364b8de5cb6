package org.parley.core.backup;

/**
 * A backup or restore that did not happen, with one line naming the file and the reason (no space, not a corpus,
 * damaged, open elsewhere). Nothing was changed: no partial file is left and the corpus is as it was.
 */
public final class BackupFailedException extends RuntimeException {
    public BackupFailedException(String message) {
        super(message);
    }

    public BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
