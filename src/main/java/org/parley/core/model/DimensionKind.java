package org.parley.core.model;

import java.util.Locale;

/** How many values a dimension takes per claim: one code, several codes, or free text. */
public enum DimensionKind {
    SINGLE, MULTI, TEXT;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean takesCodes() {
        return this != TEXT;
    }

    public static DimensionKind parse(String word) {
        for (DimensionKind k : values()) {
            if (k.word().equalsIgnoreCase(word.trim())) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown dimension kind '" + word + "' (use single, multi or text)");
    }
}
