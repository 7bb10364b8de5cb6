package org.parley.core.codebook;

/** A codebook file cannot be read or written; the message names the file and the problem. */
public class CodebookException extends RuntimeException {
    public CodebookException(String message, Throwable cause) {
        super(message, cause);
    }

    public CodebookException(String message) {
        super(message);
    }
}
