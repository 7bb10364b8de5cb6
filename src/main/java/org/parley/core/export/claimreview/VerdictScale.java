package org.parley.core.export.claimreview;

import java.util.Map;
import java.util.OptionalInt;
import org.parley.core.model.Codebook;

/**
 * The ordinal part of the fact-check verdicts, as ClaimReview's numeric rating: True 5, Mostly true 4,
 * Mixed (Half true) 3, Mostly false 2, False (Pants on fire) 1. Verdicts off that line (Misleading,
 * Missing context, Unverifiable, or any a user adds) get no number, only their words in
 * {@code alternateName}, as Google's fact-check guidelines allow, rather than a rank they do not have.
 */
final class VerdictScale {
    static final int BEST = 5;
    static final int WORST = 1;
    private static final Map<String, Integer> VALUES = Map.of(
            "true", 5, "mostly true", 4, "mixed", 3, "half true", 3, "half-true", 3,
            "mostly false", 2, "false", 1, "pants on fire", 1);

    private VerdictScale() {
    }

    static OptionalInt value(String verdict) {
        Integer v = VALUES.get(Codebook.fold(verdict));
        return v == null ? OptionalInt.empty() : OptionalInt.of(v);
    }
}
