package org.parley.core.export.network;

import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;

/**
 * How a stance counts on a network edge, as agreement does in Discourse Network Analyzer: by the sign of the
 * stance code's {@code value} in the codebook (positive agrees, negative disagrees, 0 or none is neutral), so a
 * new or renamed stance counts as its codebook says. The three are counted separately, never netted.
 */
enum StanceWeight {
    AGREEMENT, DISAGREEMENT, NEUTRAL;

    /** The weight of a claim's first stance code ({@code null}: it has none). */
    static StanceWeight of(Codebook book, Dimension stance, String code) {
        if (code == null || stance == null) {
            return NEUTRAL;
        }
        String folded = Codebook.fold(code);
        Double value = book.codesOf(stance).stream().filter(c -> Codebook.fold(c.name()).equals(folded))
                .findFirst().map(org.parley.core.model.Code::value).orElse(null);
        return value == null || value == 0 ? NEUTRAL : value > 0 ? AGREEMENT : DISAGREEMENT;
    }
}
