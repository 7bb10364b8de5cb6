package org.parley.core.ingest;

import java.util.Set;

/**
 * Finds the headline of a plain-text article: the first line that reads as one, skipping short
 * boilerplate a web copy carries above it (such as "All news").
 */
public final class Headline {
    private static final Set<String> BOILERPLATE = Set.of("all news", "news", "home", "menu", "share", "print",
            "все новости", "новости", "главная", "top stories", "latest", "world", "politics");

    private Headline() {
    }

    public static String find(String text) {
        String fallback = null;
        int seen = 0;
        for (String raw : text.split("\n", 40)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (++seen > 30) {
                break;
            }
            if (fallback == null) {
                fallback = line;
            }
            if (BOILERPLATE.contains(line.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (line.split("\\s+").length >= 3 && line.length() <= 300) {
                return line;
            }
        }
        if (fallback == null) {
            return null;
        }
        return fallback.length() <= 300 ? fallback : fallback.substring(0, 297) + "…";
    }
}
