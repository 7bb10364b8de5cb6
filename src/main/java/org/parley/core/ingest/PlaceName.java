package org.parley.core.ingest;

import java.util.Locale;
import java.util.Set;

/** Puts an upper-case dateline place in display case: MOSCOW -> Moscow, UNITED NATIONS -> United Nations, МОСКВА -> Москва. */
final class PlaceName {
    private static final Set<String> PARTICLES = Set.of("de", "da", "do", "dos", "of", "la", "le", "el", "am", "an", "der", "on",
            "upon", "и", "на");

    private PlaceName() {
    }

    static String display(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place; // already in mixed case (dpa writes "Berlin")
        }
        StringBuilder out = new StringBuilder(place.length());
        boolean wordStart = true;
        int wordFrom = 0;
        String lower = place.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                if (wordStart) {
                    wordFrom = i;
                    int end = i;
                    while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
                        end++;
                    }
                    boolean particle = i > 0 && PARTICLES.contains(lower.substring(i, end));
                    out.append(particle ? c : Character.toUpperCase(c));
                } else {
                    out.append(c);
                }
                wordStart = false;
            } else {
                out.append(c);
                wordStart = (c != '\'' && c != '’') || i - wordFrom == 1;
            }
        }
        return out.toString();
    }
}
