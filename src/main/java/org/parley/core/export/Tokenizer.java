package org.parley.core.export;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.text.Offsets;

/**
 * Splits a document into sentences of tokens with ICU's rule-based word and sentence breaks for the
 * document's language (English when unknown): words (Latin, Cyrillic ...), numbers, each punctuation
 * mark, each emoji or flag as its own token; white space is not a token. Offsets are code points.
 */
final class Tokenizer {
    /** A token {@code [start, end)} in code points and its text. */
    record Token(int start, int end, String text) {
    }

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
            String piece = text.substring(start, end);
            if (!piece.isBlank()) {
                current.add(new Token(offsets.toCodePoint(start), offsets.toCodePoint(end), piece));
            }
        }
        if (!current.isEmpty()) {
            out.add(current);
        }
        return out;
    }
}
