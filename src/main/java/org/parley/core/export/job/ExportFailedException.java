package org.parley.core.export.job;

/** An export that wrote nothing, with one line naming its target and the problem. */
public final class ExportFailedException extends RuntimeException {
    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
