package org.parley.core.store;

/** A corpus operation failed; the message names the operation and the file. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
