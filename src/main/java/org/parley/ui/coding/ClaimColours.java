package org.parley.ui.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Annotation;
import org.parley.core.model.Codebook;

/**
 * The highlight colour of each claim: its first code's colour in the colouring dimension (grey when it
 * has none), from a map built once per codebook and dimension, as thousands of claims ask at a time.
 */
final class ClaimColours {
    static final String NO_CODE = "#d0d7de";

    private Map<String, String> byCode = Map.of();
    private Codebook book;
    private String dimension;

    String of(Codebook codebook, String dim, Annotation a) {
        if (codebook == null || dim == null) {
            return NO_CODE;
        }
        if (codebook != book || !dim.equals(dimension)) {
            Map<String, String> m = new HashMap<>();
            codebook.dimension(dim).ifPresent(d -> codebook.codesOf(d).forEach(c -> m.put(c.name(), c.colour())));
            byCode = m;
            book = codebook;
            dimension = dim;
        }
        List<String> values = a.codesOf(dim);
        return values.isEmpty() ? NO_CODE : byCode.getOrDefault(values.get(0), NO_CODE);
    }
}
