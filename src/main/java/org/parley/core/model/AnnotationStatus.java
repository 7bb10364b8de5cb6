package org.parley.core.model;

import java.util.Locale;

/** Where a claim stands: proposed by a suggester, accepted by a coder, or rejected. */
public enum AnnotationStatus {
    SUGGESTED, ACCEPTED, REJECTED;

    /** The lower-case word stored in the corpus and shown to users. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AnnotationStatus parse(String word) {
        for (AnnotationStatus s : values()) {
            if (s.word().equalsIgnoreCase(word.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown status '" + word + "' (use suggested, accepted or rejected)");
    }
}
