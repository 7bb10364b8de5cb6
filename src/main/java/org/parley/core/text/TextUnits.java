package org.parley.core.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.Optional;

/**
 * The stretches of a text a coder selects at once: the sentence, the clause (to the next comma, semicolon, colon
 * or dash), the quotation (inside paired quotes “…”, «…», „…“, ‘…’, "…") and the paragraph (a line as the reader
 * shows it) around a position. Sentences come from ICU's sentence breaks with CLDR's abbreviations kept whole,
 * so "U.S." and "Mr." end no sentence. Positions are UTF-16 indexes; a unit never starts or ends in white space.
 */
public final class TextUnits {
    /** What to select. */
    public enum Unit {
        CLAUSE("clause"), SENTENCE("sentence"), QUOTATION("quotation"), PARAGRAPH("paragraph");

        private final String word;

        Unit(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final String CLAUSE_ENDS = ",;:—–";
    private static final String OPENING = "“«„‘‹\"'";

    private final String text;
    private final BreakIterator sentences;

    /** The units of {@code text}; {@code language} (an ISO code, or null) picks the abbreviations known. */
    public TextUnits(String text, String language) {
        this.text = text;
        ULocale locale = language == null || language.isBlank() ? ULocale.ENGLISH : new ULocale(language);
        BreakIterator plain = BreakIterator.getSentenceInstance(locale);
        this.sentences = FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(plain);
        this.sentences.setText(text);
    }

    /** The unit around {@code at} (the caret), or empty where there is none (white space between paragraphs, no quotes). */
    public Optional<TextRange> around(int at, Unit unit) {
        int pos = Math.max(0, Math.min(at, text.length()));
        return switch (unit) {
            case PARAGRAPH -> trimmed(paragraphStart(pos), paragraphEnd(pos));
            case SENTENCE -> sentence(pos);
            case CLAUSE -> sentence(pos).flatMap(s -> clause(pos, s));
            case QUOTATION -> quotation(pos);
        };
    }

    /** {@code selected} grown by the next unit after it (the unit that begins after its end), or as it is at the end. */
    public TextRange grow(TextRange selected, Unit unit) {
        int from = selected.end();
        while (from < text.length() && (Character.isWhitespace(text.charAt(from)) || CLAUSE_ENDS.indexOf(text.charAt(from)) >= 0)) {
            from++;
        }
        if (from >= text.length()) {
            return selected;
        }
        return around(from, unit).filter(next -> next.end() > selected.end())
                .map(next -> new TextRange(selected.start(), next.end())).orElse(selected);
    }

    /** {@code selected} without its last unit (as it is when it holds only one). */
    public TextRange shrink(TextRange selected, Unit unit) {
        int last = selected.end() - 1;
        while (last > selected.start() && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        Optional<TextRange> lastUnit = around(last, unit);
        if (lastUnit.isEmpty() || lastUnit.get().start() <= selected.start()) {
            return selected;
        }
        int end = lastUnit.get().start();
        while (end > selected.start() && (Character.isWhitespace(text.charAt(end - 1)) || CLAUSE_ENDS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end > selected.start() ? new TextRange(selected.start(), end) : selected;
    }

    private int paragraphStart(int pos) {
        int nl = text.lastIndexOf('\n', Math.max(0, pos - 1));
        return pos > 0 && text.charAt(pos - 1) == '\n' ? pos : nl + 1;
    }

    private int paragraphEnd(int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    private Optional<TextRange> sentence(int pos) {
        int start = pos >= text.length() ? sentences.preceding(text.length()) : sentences.isBoundary(pos) ? pos : sentences.preceding(pos);
        int end = sentences.following(Math.min(pos, Math.max(0, text.length() - 1)));
        if (start == BreakIterator.DONE) {
            start = 0;
        }
        if (end == BreakIterator.DONE) {
            end = text.length();
        }
        // a sentence never runs over a paragraph's end (a headline has no full stop)
        int ps = paragraphStart(pos);
        int pe = paragraphEnd(pos);
        return trimmed(Math.max(start, ps), Math.min(end, pe));
    }

    private Optional<TextRange> clause(int pos, TextRange sentence) {
        int start = sentence.start();
        for (int i = Math.min(pos, sentence.end()) - 1; i >= sentence.start(); i--) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                start = i + 1;
                break;
            }
        }
        int end = sentence.end();
        for (int i = Math.max(pos, start); i < sentence.end(); i++) {
            if (CLAUSE_ENDS.indexOf(text.charAt(i)) >= 0) {
                end = i;
                break;
            }
        }
        return trimmed(start, end);
    }

    private Optional<TextRange> quotation(int pos) {
        int ps = paragraphStart(pos);
        int pe = paragraphEnd(pos);
        // the nearest opening quote before the caret whose closing quote comes after it, in the same paragraph
        for (int open = Math.min(pos, pe) - 1; open >= ps; open--) {
            char q = text.charAt(open);
            if (OPENING.indexOf(q) < 0 || q == '\'' && open > ps && Character.isLetter(text.charAt(open - 1))) {
                continue; // an apostrophe ("Russia's") opens nothing
            }
            if ((q == '"' || q == '\'') && straightQuotesBefore(ps, open, q) % 2 == 1) {
                continue; // a straight quote that closes an earlier one
            }
            int close = closing(q, open + 1, pe);
            if (close >= pos) {
                return trimmed(open + 1, close);
            }
        }
        return Optional.empty();
    }

    private int straightQuotesBefore(int from, int to, char q) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == q && !(q == '\'' && i > from && Character.isLetter(text.charAt(i - 1)))) {
                n++;
            }
        }
        return n;
    }

    private int closing(char open, int from, int limit) {
        String closers = switch (open) {
            case '“' -> "”";
            case '«' -> "»";
            case '„' -> "“”";
            case '‘' -> "’";
            case '‹' -> "›";
            default -> String.valueOf(open);
        };
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (closers.indexOf(c) >= 0 && !(c == '’' && i + 1 < limit && Character.isLetter(text.charAt(i + 1)))) {
                return i; // ’ followed by a letter is an apostrophe ("Russia’s"), not the closing quote
            }
        }
        return -1;
    }

    private Optional<TextRange> trimmed(int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return s < e ? Optional.of(new TextRange(s, e)) : Optional.empty();
    }
}
