package org.parley.core.ingest;

/** One file cannot be imported; the message is the one-line reason shown in the summary. */
public class ImportException extends Exception {
    public ImportException(String message) {
        super(oneLine(message));
    }

    public ImportException(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Line breaks that a file's own names or values bring into a message (a column name, a zip entry) become spaces. */
    private static String oneLine(String message) {
        return message == null ? null : message.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
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
