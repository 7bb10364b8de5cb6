package org.parley.core.model;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A claim: a span of one document with its exact quote, a little context either side (to detect drift
 * and re-anchor), the codes given per dimension (dimension name to code names, or to the free text of a
 * TEXT dimension; every value a list), a memo, a status and its coder. Offsets are code points.
 */
public record Annotation(long id, String uuid, long documentId, Span span, String quote, String prefix,
                         String suffix, Map<String, List<String>> codes, String memo,
                         AnnotationStatus status, String coder, Instant created, Instant modified) {
    public Annotation {
        uuid = Ids.checkUuid(uuid);
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(coder, "coder");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(modified, "modified");
        if (quote.codePointCount(0, quote.length()) != span.length()) {
            throw new IllegalArgumentException("quote has " + quote.codePointCount(0, quote.length())
                    + " code points but the span " + span.length());
        }
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        memo = memo == null ? "" : memo;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (codes != null) {
            codes.forEach((dim, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(dim, List.copyOf(values));
                }
            });
        }
        codes = java.util.Collections.unmodifiableMap(copy);
    }

    public int start() {
        return span.start();
    }

    public int end() {
        return span.end();
    }

    public List<String> codesOf(String dimension) {
        return codes.getOrDefault(dimension, List.of());
    }
}
