package org.parley.core.store;

/**
 * Whether coders may add codes to the codebook while coding (the coding panel's "create code" offer). A lead
 * locks the codebook so that coders pick from it only; the codebook editor still changes it. Kept in the
 * corpus's {@code corpus_info} next to the codebook's name ({@value #KEY}), so it travels with the corpus file
 * and its backups and holds for every coder who opens it; each change is audited.
 */
public final class CodebookLock {
    static final String KEY = "codebook.locked";

    private final Corpus corpus;

    public CodebookLock(Corpus corpus) {
        this.corpus = corpus;
    }

    public boolean locked() {
        return corpus.read("read the codebook lock", c -> Boolean.parseBoolean(CodebookStore.info(c, KEY, "false")));
    }

    /** Locks or unlocks; answers whether it changed anything. */
    public boolean set(boolean locked, String coder) {
        return corpus.write(locked ? "lock the codebook" : "unlock the codebook", c -> {
            boolean before = Boolean.parseBoolean(CodebookStore.info(c, KEY, "false"));
            if (before == locked) {
                return false;
            }
            CodebookStore.putInfo(c, KEY, Boolean.toString(locked));
            AuditLog.record(c, corpus.now(), coder, locked ? "lock codebook" : "unlock codebook", "codebook", null, before, locked);
            return true;
        });
    }
}
