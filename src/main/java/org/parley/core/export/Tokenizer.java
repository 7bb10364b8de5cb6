package org.parley.core.export;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.core.text.Offsets;

/**
 * Splits a document into sentences of tokens with ICU's rule-based word and sentence breaks for the
 * document's language (English when unknown): words (Latin, Cyrillic ...), numbers, each punctuation
 * mark, each emoji or flag as its own token; white space is not a token. Offsets are code points.
 * Every Unicode space separates tokens and is never part of one (ICU keeps a no-break space as a segment
 * of its own and a narrow no-break space inside "1 000"), so token-per-line formats read back with
 * any splitter on white space (Python's {@code str.split}, as NLTK's CoNLL reader uses).
 */
final class Tokenizer {
    /** A token {@code [start, end)} in code points and its text. */
    record Token(int start, int end, String text) {
    }

    /** Runs of the characters {@link #isSpace} takes: Unicode White_Space and the separators U+001C–U+001F. */
    static final Pattern SPACES = Pattern.compile("[\\s\\u001C-\\u001F]+", Pattern.UNICODE_CHARACTER_CLASS);

    private Tokenizer() {
    }

    static List<List<Token>> sentences(String text, String language) {
        ULocale locale = language == null ? ULocale.ENGLISH : new ULocale(language);
        BreakIterator words = BreakIterator.getWordInstance(locale);
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        words.setText(text);
        sentences.setText(text);
        Offsets offsets = Offsets.of(text);
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int sentenceEnd = sentences.following(0);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            while (sentenceEnd != BreakIterator.DONE && start >= sentenceEnd) {
                if (!current.isEmpty()) {
                    out.add(current);
                    current = new ArrayList<>();
                }
                sentenceEnd = sentences.following(sentenceEnd);
            }
            addWords(text, start, end, offsets, current);
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }

    /** The runs of {@code text[start, end)} between spaces, each a token. */
    private static void addWords(String text, int start, int end, Offsets offsets, List<Token> into) {
        int run = -1;
        for (int i = start; i <= end; ) {
            int cp = i < end ? text.codePointAt(i) : ' ';
            if (isSpace(cp)) {
                if (run >= 0) {
                    into.add(new Token(offsets.toCodePoint(run), offsets.toCodePoint(i), text.substring(run, i)));
                    run = -1;
                }
            } else if (run < 0) {
                run = i;
            }
            i += i < end ? Character.charCount(cp) : 1;
        }
    }

    /**
     * Java's spaces and white space (no-break spaces U+00A0, U+202F, U+2000–U+200A, U+205F, U+3000, line
     * and paragraph separators, controls such as tab and U+001C–U+001F) and NEL U+0085, which Python splits on too.
     */
    static boolean isSpace(int cp) {
        return Character.isSpaceChar(cp) || Character.isWhitespace(cp) || cp == 0x85;
    }
}
