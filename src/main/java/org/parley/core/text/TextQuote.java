package org.parley.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.parley.core.model.Span;

/**
 * The exact text of a span and a little context either side, and the search that finds a quote in a
 * document. In a search any run of white space in the quote (NBSP included) matches any run in the text.
 */
public record TextQuote(String exact, String prefix, String suffix) {
    /** Code points of context kept either side of a claim. */
    public static final int CONTEXT = 32;

    public static TextQuote of(String text, Offsets offsets, Span span) {
        int s = offsets.toUtf16(span.start());
        int e = offsets.toUtf16(span.end());
        int ps = offsets.toUtf16(Math.max(0, span.start() - CONTEXT));
        int se = offsets.toUtf16(Math.min(offsets.codePointLength(), span.end() + CONTEXT));
        return new TextQuote(text.substring(s, e), text.substring(ps, s), text.substring(e, se));
    }

    /** Every place the quote occurs, as code point spans, in text order. */
    public static List<Span> find(String text, Offsets offsets, String quote) {
        String trimmed = quote.strip();
        List<Span> out = new ArrayList<>();
        if (trimmed.isEmpty()) {
            return out;
        }
        Matcher m = TextSearch.pattern(trimmed, false, false).matcher(text);
        int from = 0;
        while (from <= text.length() && m.find(from)) {
            out.add(new Span(offsets.toCodePoint(m.start()), offsets.toCodePoint(m.end())));
            from = m.start() + Character.charCount(text.codePointAt(m.start()));
        }
        return out;
    }
}
