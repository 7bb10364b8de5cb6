package org.parley.core.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;

/**
 * A claim about to be stored. {@code codes} maps dimension names to canonical code names (or the free
 * text of a TEXT dimension). The store takes quote, prefix and suffix from the document itself.
 * {@code uuid} is null for a new claim, or the uuid it had where it was exported from.
 */
public record NewAnnotation(String uuid, long documentId, Span span, Map<String, List<String>> codes, String memo,
                            AnnotationStatus status, String coder) {
    public NewAnnotation {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(status, "status");
        if (coder == null || coder.isBlank()) {
            throw new IllegalArgumentException("a claim needs a coder");
        }
        if (uuid != null) {
            uuid = Ids.checkUuid(uuid);
        }
        codes = codes == null ? Map.of() : codes;
        memo = memo == null ? "" : memo;
    }
}
