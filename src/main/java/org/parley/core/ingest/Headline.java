package org.parley.core.ingest;

import java.util.Set;

/**
 * Finds the headline of a plain-text article: among its first six lines and above its first long one, the
 * first short one (200 characters at most) of three words or more, skipping boilerplate a web copy carries above it (such as
 * "All news"); else the first short line of fewer words ("Remarks"); else none, so that a speech or
 * transcript without a headline is never titled by a long paragraph or by one further down.
 */
public final class Headline {
    /** A headline is among the first lines of a text, never a paragraph further down (a transcript's "Thank you."). */
    private static final int LINES = 6;
    /** The longest line that reads as a headline; a speech's 1,200-character first paragraph is none. */
    private static final int MAX = 200;
    private static final Set<String> BOILERPLATE = Set.of("all news", "news", "home", "menu", "share", "print",
            "все новости", "новости", "главная", "top stories", "latest", "world", "politics");

    private Headline() {
    }

    public static String find(String text) {
        String shortLine = null;
        int seen = 0;
        int from = 0;
        // line by line with indexOf: a split would copy the rest of the text and compile a pattern per document
        while (from <= text.length() && seen < LINES) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end).strip();
            from = end + 1;
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (line.length() > MAX) {
                break; // the body has begun: a headline stands above it
            }
            if (BOILERPLATE.contains(line.toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            if (words(line) >= 3) {
                return line;
            }
            if (shortLine == null) {
                shortLine = line;
            }
        }
        return shortLine;
    }

    /**
     * A title a file's own metadata gives, or null when it is none: producers often write the file name,
     * "Untitled" or "Microsoft Word - name.docx" there.
     */
    static String usable(String title) {
        if (title == null || title.isBlank() || title.matches("(?i).*\\.(docx?|pdf|rtf|txt|indd|odt)$")
                || title.strip().equalsIgnoreCase("untitled") || title.startsWith("Microsoft Word - ")) {
            return null;
        }
        return title.strip();
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
