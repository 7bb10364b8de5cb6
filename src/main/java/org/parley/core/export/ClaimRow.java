package org.parley.core.export;

import java.util.List;
import java.util.Map;

/**
 * One claim as every exporter sees it. Offsets are code points over the document's stored text;
 * {@code codes} maps dimension name to code names (or free text), in codebook order.
 */
public record ClaimRow(long id, String uuid, int start, int end, String quote, String prefix, String suffix,
                       Map<String, List<String>> codes, String memo, String coder, String status, String created,
                       String modified) {
    public List<String> codesOf(String dimension) {
        return codes.getOrDefault(dimension, List.of());
    }
}
