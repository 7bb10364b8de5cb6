package org.parley.core.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A search for typed words in a text as a reader expects it: any run of white space in the words (a space, a
 * hard line break, NBSP) matches any run in the text, straight and curly quotes match each other (' ‘ ’ ‚ ‛ ʼ and
 * " “ ” „ ‟ « »), and case is ignored in every script. Positions are UTF-16 indexes of the searched string.
 */
public final class TextSearch {
    private static final String SPACE = "[\\s\\u00A0\\u2007\\u202F\\u2000-\\u200A\\u205F\\u3000]+";
    private static final String SINGLE_QUOTES = "'‘’‚‛ʼ`";
    private static final String DOUBLE_QUOTES = "\"“”„‟«»";

    private final Pattern pattern;

    private TextSearch(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The reader's find: white space and quotes alike, any case; empty when {@code words} hold nothing but white space. */
    public static Optional<TextSearch> forWords(String words) {
        return words == null || words.isBlank() ? Optional.empty()
                : Optional.of(new TextSearch(pattern(words.strip(), true, true)));
    }

    /**
     * The words as a pattern: runs of white space match any run; with {@code quotesAlike}, a quote matches any of
     * its kind; with {@code ignoreCase}, any case (Unicode).
     */
    public static Pattern pattern(String words, boolean ignoreCase, boolean quotesAlike) {
        StringBuilder regex = new StringBuilder();
        boolean inSpace = false;
        for (int i = 0; i < words.length(); ) {
            int cp = words.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!inSpace) {
                    regex.append(SPACE);
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            String ch = new String(Character.toChars(cp));
            if (quotesAlike && SINGLE_QUOTES.contains(ch)) {
                regex.append('[').append(SINGLE_QUOTES).append(']');
            } else if (quotesAlike && DOUBLE_QUOTES.contains(ch)) {
                regex.append('[').append(DOUBLE_QUOTES).append(']');
            } else {
                regex.append(Pattern.quote(ch));
            }
        }
        int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
        return Pattern.compile(regex.toString(), flags);
    }

    /** The first match at or after {@code from}, else (wrapping round) the first in the text. */
    public Optional<TextRange> next(String text, int from) {
        Matcher m = pattern.matcher(text);
        if (from >= 0 && from <= text.length() && m.find(from)) {
            return Optional.of(new TextRange(m.start(), m.end()));
        }
        return m.find(0) ? Optional.of(new TextRange(m.start(), m.end())) : Optional.empty();
    }

    /** The last match starting before {@code before}, else (wrapping round) the last in the text. */
    public Optional<TextRange> previous(String text, int before) {
        Matcher m = pattern.matcher(text);
        TextRange last = null;
        TextRange lastBefore = null;
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            last = new TextRange(m.start(), m.end());
            if (m.start() < before) {
                lastBefore = last;
            }
            from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return Optional.ofNullable(lastBefore != null ? lastBefore : last);
    }
}
