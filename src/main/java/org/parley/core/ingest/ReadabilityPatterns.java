package org.parley.core.ingest;

import net.dankito.readability4j.util.RegExUtil;

/**
 * Readability4J's patterns, compiled once for every page (the library compiles them per page), with its
 * {@code normalize} (runs of 2+ white space to one space, asked of every text it measures) done without a
 * regex: jsoup's text has such runs almost never, so the text usually comes back as it is.
 */
final class ReadabilityPatterns extends RegExUtil {
    static final ReadabilityPatterns SHARED = new ReadabilityPatterns();

    private ReadabilityPatterns() {
        super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern, NegativeDefaultPattern,
                ExtraneousDefaultPattern, BylineDefaultPattern, ReplaceFontsDefaultPattern, NormalizeDefaultPattern,
                VideosDefaultPattern, NextLinkDefaultPattern, PrevLinkDefaultPattern, WhitespaceDefaultPattern, HasContentDefaultPattern);
    }

    /** Same result as {@code \s{2,}} replaced by one space (Java's {@code \s}: space, \t, \n, \u000B, \f, \r). */
    @Override
    public String normalize(String text) {
        int n = text.length();
        int i = 1;
        while (i < n && !(space(text.charAt(i)) && space(text.charAt(i - 1)))) {
            i++;
        }
        if (i >= n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n);
        int j = 0;
        while (j < n) {
            char c = text.charAt(j);
            if (space(c) && j + 1 < n && space(text.charAt(j + 1))) {
                while (j < n && space(text.charAt(j))) {
                    j++;
                }
                sb.append(' ');
            } else {
                sb.append(c);
                j++;
            }
        }
        return sb.toString();
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
