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
        int from = 0;
        // line by line with indexOf: a split would copy the rest of the text and compile a pattern per document
        for (int lines = 0; lines < 40 && from <= text.length(); lines++) {
            int end = text.indexOf('\n', from);
            if (end < 0 || lines == 39) {
                end = text.length();
            }
            String line = text.substring(from, end).strip();
            from = end + 1;
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
            if (line.length() <= 300 && words(line) >= 3) {
                return line;
            }
        }
        if (fallback == null) {
            return null;
        }
        return fallback.length() <= 300 ? fallback : fallback.substring(0, 297) + "…";
    }

    /**
     * How many words the (stripped) line holds, split where the regex {@code \s+} would split it: on the six
     * ASCII white-space characters only, so a CJK line spaced with U+3000 counts as one word, as it always did.
     */
    static int words(String line) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
