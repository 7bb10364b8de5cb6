package org.parley.core.files;

/** A place Parley will not write to (a corpus, a device, a pipe, a missing folder): the user's input, exit 2. */
public final class OutputRefusedException extends IllegalArgumentException {
    public OutputRefusedException(String message) {
        super(message);
    }
}
