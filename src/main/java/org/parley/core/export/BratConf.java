package org.parley.core.export;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;

/**
 * brat's {@code annotation.conf} made from the codebook: the label dimension's codes (and
 * {@value Labels#UNLABELLED}) as entity types, overlaps of any kind allowed, each other single-valued
 * dimension as an attribute with its codes as values, each code of a multi-valued dimension as a
 * binary attribute {@code dimension_code}. Free-text dimensions have no place in brat's configuration
 * and go to the annotator notes.
 */
final class BratConf {
    private BratConf() {
    }

    static String of(Codebook book, Dimension label) {
        StringBuilder sb = new StringBuilder("[entities]\n");
        Set<String> types = new LinkedHashSet<>();
        book.codesOf(label).forEach(c -> types.add(name(c.name())));
        types.add(Labels.UNLABELLED);
        types.forEach(t -> sb.append(t).append('\n'));
        sb.append("\n[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        sb.append("\n[events]\n\n[attributes]\n");
        for (Dimension d : book.dimensions()) {
            if (d.name().equals(label.name()) || d.kind() == DimensionKind.TEXT) {
                continue;
            }
            if (d.kind() == DimensionKind.SINGLE) {
                List<String> values = new ArrayList<>();
                book.codesOf(d).forEach(c -> values.add(name(c.name())));
                sb.append(name(d.name())).append("\tArg:<ENTITY>, Value:").append(String.join("|", values)).append('\n');
            } else {
                for (Code c : book.codesOf(d)) {
                    sb.append(binary(d.name(), c.name())).append("\tArg:<ENTITY>\n");
                }
            }
        }
        return sb.toString();
    }

    /** A name brat accepts as a type or value: letters, digits, {@code _} and {@code -}; other characters become {@code _}. */
    static String name(String s) {
        return s.strip().replaceAll("[^\\p{L}\\p{N}_-]", "_");
    }

    static String binary(String dimension, String code) {
        return name(dimension) + "_" + name(code);
    }
}
