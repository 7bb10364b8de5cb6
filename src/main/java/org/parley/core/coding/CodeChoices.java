package org.parley.core.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;

/**
 * Turns what a coder typed (dimension and code names or aliases, e.g. {@code target=Washington}) into
 * the codebook's canonical names, refusing unknown ones with the valid choices listed.
 */
public final class CodeChoices {
    private final Codebook codebook;

    public CodeChoices(Codebook codebook) {
        this.codebook = codebook;
    }

    public Map<String, List<String>> resolve(List<Map.Entry<String, String>> typed) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (var e : typed) {
            Dimension d = dimension(e.getKey());
            String value = d.kind() == DimensionKind.TEXT ? e.getValue() : code(d, e.getValue()).name();
            List<String> values = out.computeIfAbsent(d.name(), k -> new ArrayList<>());
            if (d.kind() == DimensionKind.SINGLE && !values.isEmpty() && !values.contains(value)) {
                throw new IllegalArgumentException("dimension '" + d.name() + "' takes one code, got " + values.get(0)
                        + " and " + value);
            }
            if (!values.contains(value)) {
                values.add(value);
            }
        }
        return out;
    }

    public Dimension dimension(String name) {
        return codebook.dimension(name).orElseThrow(() -> new IllegalArgumentException(
                "unknown dimension '" + name + "' (valid: " + String.join(", ", codebook.dimensionNames()) + ")"));
    }

    public Code code(Dimension d, String nameOrAlias) {
        return codebook.findCode(d, nameOrAlias).orElseThrow(() -> new IllegalArgumentException(
                "unknown code '" + nameOrAlias + "' for " + d.name() + " (valid: "
                        + String.join(", ", codebook.codesOf(d).stream().map(Code::name).toList()) + ")"));
    }
}
