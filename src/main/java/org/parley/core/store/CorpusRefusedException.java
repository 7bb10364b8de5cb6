package org.parley.core.store;

/**
 * The file cannot be used as a corpus (not a Parley corpus, written by a newer Parley, locked,
 * read-only, missing). This is the user's input, not Parley's fault: the CLI exits 2.
 */
public class CorpusRefusedException extends StorageException {
    public CorpusRefusedException(String message) {
        super(message);
    }

    public CorpusRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
