package org.parley.core.export.job;

import org.parley.core.files.FileProblem;

/**
 * An export that wrote nothing, with one line naming its target and the problem. {@link #badInput()}
 * says whether the request itself was at fault (a folder where a file should be, an unknown document or
 * dimension, a place the user may not write ...) rather than Parley or the corpus.
 */
public final class ExportFailedException extends RuntimeException {
    private final boolean badInput;

    public ExportFailedException(String message, Throwable cause) {
        super(message, cause);
        this.badInput = cause == null || cause instanceof IllegalArgumentException || FileProblem.isThePlace(cause);
    }

    public boolean badInput() {
        return badInput;
    }
}
