package org.parley.core.ingest;

/** One file cannot be imported; the message is the one-line reason shown in the summary. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * "{@code what} (the cause's first line)": a library's failure on a damaged file told in one line, its
     * class named when it says nothing.
     */
    public static ImportException of(String what, Throwable cause) {
        String m = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("").strip();
        return new ImportException(what + " (" + (m.isEmpty() ? cause.getClass().getSimpleName() : m) + ")", cause);
    }
}
