package org.parley.core.export.network;

import java.util.Set;
import org.parley.core.model.Codebook;

/**
 * How a stance counts on a network edge, as agreement does in Discourse Network Analyzer:
 * support, praise, commit and propose agree; oppose, accuse, deny and warn disagree; anything else
 * (concern, report, no stance) is neutral. The three are counted separately, never netted.
 */
enum StanceWeight {
    AGREEMENT, DISAGREEMENT, NEUTRAL;

    static final Set<String> AGREE = Set.of("support", "praise", "commit", "propose");
    static final Set<String> DISAGREE = Set.of("oppose", "accuse", "deny", "warn");

    static StanceWeight of(String stance) {
        if (stance == null) {
            return NEUTRAL;
        }
        String s = Codebook.fold(stance);
        return AGREE.contains(s) ? AGREEMENT : DISAGREE.contains(s) ? DISAGREEMENT : NEUTRAL;
    }
}
