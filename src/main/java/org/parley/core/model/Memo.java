package org.parley.core.model;

import java.time.Instant;
import java.util.Objects;

/** A coder's note on a document, a code or the corpus as a whole ({@code targetUuid} null). */
public record Memo(long id, String uuid, MemoTarget target, String targetUuid, String text, String coder,
                   Instant created, Instant modified) {
    public enum MemoTarget { CORPUS, DOCUMENT, CODE }

    public Memo {
        uuid = Ids.checkUuid(uuid);
        Objects.requireNonNull(target, "target");
        if (target != MemoTarget.CORPUS) {
            targetUuid = Ids.checkUuid(targetUuid);
        }
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(coder, "coder");
    }
}
