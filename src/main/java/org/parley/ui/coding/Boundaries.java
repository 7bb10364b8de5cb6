package org.parley.ui.coding;

import java.text.BreakIterator;
import java.util.Optional;
import org.parley.core.model.Span;
import org.parley.core.text.Offsets;

/**
 * Where a claim's edges go when the coder makes or adjusts one by keyboard. Works in UTF-16 over the
 * document text (as the reader does) and answers spans in code points, as the corpus stores them.
 */
public final class Boundaries {
    private final String text;
    private final Offsets offsets;

    public Boundaries(String text, Offsets offsets) {
        this.text = text;
        this.offsets = offsets;
    }

    /** The claim a selection makes: white space trimmed, widened to whole words when {@code words}. */
    public Optional<Span> fromSelection(int startUtf16, int endUtf16, boolean words) {
        int s = startUtf16;
        int e = endUtf16;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            return Optional.empty();
        }
        if (words) {
            // a dash at an edge belongs to the sentence, not the claim ("... system — Lavrov")
            while (s < e && (Character.isWhitespace(text.charAt(s)) || Character.getType(text.charAt(s)) == Character.DASH_PUNCTUATION)) {
                s++;
            }
            while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || Character.getType(text.charAt(e - 1)) == Character.DASH_PUNCTUATION)) {
                e--;
            }
            if (s >= e) {
                return Optional.empty();
            }
            s = wordStartAtOrBefore(s);
            e = wordEndAtOrAfter(e);
        }
        return Optional.of(new Span(offsets.toCodePoint(s), offsets.toCodePoint(e)));
    }

    /**
     * Moves one edge of {@code span} by one character, or one word when {@code words}, left
     * ({@code direction < 0}) or right. Answers the span unchanged when the move would empty it.
     */
    public Span move(Span span, boolean startEdge, int direction, boolean words) {
        int s = offsets.toUtf16(span.start());
        int e = offsets.toUtf16(span.end());
        int edge = startEdge ? s : e;
        int moved = words ? nextWordEdge(edge, direction, startEdge) : step(edge, direction);
        int ns = startEdge ? moved : s;
        int ne = startEdge ? e : moved;
        if (ns >= ne || ns < 0 || ne > text.length()) {
            return span;
        }
        return new Span(offsets.toCodePoint(ns), offsets.toCodePoint(ne));
    }

    private int step(int i, int direction) {
        if (direction < 0) {
            return i <= 0 ? 0 : text.offsetByCodePoints(i, -1);
        }
        return i >= text.length() ? text.length() : text.offsetByCodePoints(i, 1);
    }

    /** Next word start (for a start edge) or word end (for an end edge) in the direction given. */
    private int nextWordEdge(int i, int direction, boolean startEdge) {
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int b = i;
        while (true) {
            b = direction < 0 ? (b <= 0 ? BreakIterator.DONE : words.preceding(b)) : (b >= text.length() ? BreakIterator.DONE : words.following(b));
            if (b == BreakIterator.DONE) {
                return i;
            }
            boolean isStart = b < text.length() && Character.isLetterOrDigit(text.codePointAt(b));
            boolean isEnd = b > 0 && Character.isLetterOrDigit(text.codePointBefore(b));
            if (startEdge ? isStart : isEnd) {
                return b;
            }
        }
    }

    private int wordStartAtOrBefore(int i) {
        while (i > 0 && Character.isLetterOrDigit(text.codePointBefore(i))) {
            i -= Character.charCount(text.codePointBefore(i));
        }
        return i;
    }

    private int wordEndAtOrAfter(int i) {
        while (i < text.length() && Character.isLetterOrDigit(text.codePointAt(i))) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }
}
