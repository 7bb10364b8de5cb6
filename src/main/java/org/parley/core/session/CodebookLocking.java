package org.parley.core.session;

import java.util.function.Consumer;
import org.parley.core.store.CodebookLock;

/** Reads whether the open corpus's codebook is locked against codes made while coding, on its ordered lane. */
public final class CodebookLocking {
    private final OpenCorpus corpus;

    public CodebookLocking(OpenCorpus corpus) {
        this.corpus = corpus;
    }

    /** Whether the codebook is locked, after every save made before this call. */
    public void locked(Consumer<Boolean> done, Consumer<Throwable> failed) {
        corpus.read("read the codebook lock", c -> new CodebookLock(c).locked(), done, failed);
    }

    /** Locks (or unlocks) the codebook against codes made while coding, audited; {@code done} hears whether it changed. */
    public void lock(boolean locked, String coder, Consumer<Boolean> done) {
        corpus.save(locked ? "lock the codebook" : "unlock the codebook", c -> new CodebookLock(c).set(locked, coder), done);
    }
}
