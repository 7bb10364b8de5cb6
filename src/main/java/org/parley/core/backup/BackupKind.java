package org.parley.core.backup;

/** Why an automatic backup was taken; its word is part of the backup's file name. */
public enum BackupKind {
    DAILY("daily", "daily (first open of the day)"),
    BEFORE_CODEBOOK_IMPORT("before-codebook-import", "before a codebook import"),
    BEFORE_MERGE("before-merge", "before a merge of another corpus");

    private final String word;
    private final String description;

    BackupKind(String word, String description) {
        this.word = word;
        this.description = description;
    }

    public String word() {
        return word;
    }

    /** In the user's words, for the list of backups. */
    public String description() {
        return description;
    }

    static BackupKind ofWord(String word) {
        for (BackupKind k : values()) {
            if (k.word.equals(word)) {
                return k;
            }
        }
        return null;
    }
}
