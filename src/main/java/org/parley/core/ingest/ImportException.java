package org.parley.core.ingest;

/** One file cannot be imported; the message is the one-line reason shown in the summary. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
