package org.parley.core.export;

import java.util.List;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.Annotation;

/**
 * The label of a span for formats with one label per span (doccano, Label Studio, CoNLL, brat): the
 * claim's codes in the selection's label dimension (default stance). A claim with no code there is
 * labelled {@value #UNLABELLED}, so no claim disappears silently.
 */
final class Labels {
    static final String UNLABELLED = "Claim";

    private final Dimension dimension;

    private Labels(Dimension dimension) {
        this.dimension = dimension;
    }

    /** Fails with the valid names when the codebook has no such dimension. */
    static Labels of(Codebook book, String label) {
        Dimension d = book.dimension(label).orElseThrow(() -> new IllegalArgumentException(
                "no dimension '" + label + "' for --label (valid: " + String.join(", ", book.dimensionNames()) + ")"));
        return new Labels(d);
    }

    Dimension dimension() {
        return dimension;
    }

    /** Every label of the claim, in codebook order; {@value #UNLABELLED} when it has none. */
    List<String> all(Annotation c) {
        List<String> codes = c.codesOf(dimension.name());
        return codes.isEmpty() ? List.of(UNLABELLED) : codes;
    }

    /** The first label: what formats with a single tag per token use. */
    String first(Annotation c) {
        return all(c).get(0);
    }
}
