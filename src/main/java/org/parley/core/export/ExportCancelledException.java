package org.parley.core.export;

/** An export stopped because its {@link ExportWatch} was cancelled. */
public final class ExportCancelledException extends RuntimeException {
    public ExportCancelledException() {
        super("the export was cancelled");
    }
}
