package org.parley.core.session;

/**
 * Where the coder's saves stand: {@code unsaved} saves not yet on disk; when {@code halted}, the save
 * named {@code failedSave} failed with {@code problem} and it and every later save are kept for Retry.
 */
public record SaveStatus(int unsaved, boolean halted, String problem, String failedSave) {
    public SaveStatus {
        if (unsaved < 0) {
            throw new IllegalArgumentException("unsaved must not be negative: " + unsaved);
        }
        if (halted && problem == null) {
            throw new IllegalArgumentException("a halted lane names its problem");
        }
    }

    public boolean saved() {
        return unsaved == 0 && !halted;
    }
}
