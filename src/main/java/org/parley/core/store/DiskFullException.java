package org.parley.core.store;

/** A write failed because the disk holding the corpus is full; nothing was changed, and Retry works once space is freed. */
public final class DiskFullException extends StorageException {
    public DiskFullException(String message, Throwable cause) {
        super(message, cause);
    }
}
