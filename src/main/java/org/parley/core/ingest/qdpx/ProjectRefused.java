package org.parley.core.ingest.qdpx;

/**
 * A .qdpx project that cannot be imported; the message is the one-line reason the import summary shows.
 * The project reader's own exception, so that this package needs nothing of the batch import that calls it.
 */
public class ProjectRefused extends Exception {
    public ProjectRefused(String message) {
        super(oneLine(message));
    }

    public ProjectRefused(String message, Throwable cause) {
        super(oneLine(message), cause);
    }

    /** Line breaks that a project's own names bring into a message (a zip entry, a source name) become spaces. */
    private static String oneLine(String message) {
        return message == null ? null : message.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }

    /** "{@code what} (the cause's first line)", the cause's class named when it says nothing. */
    static ProjectRefused of(String what, Throwable cause) {
        String m = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("").strip();
        return new ProjectRefused(what + " (" + (m.isEmpty() ? cause.getClass().getSimpleName() : m) + ")", cause);
    }
}
