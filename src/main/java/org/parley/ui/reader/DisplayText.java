package org.parley.ui.reader;

import java.util.Arrays;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The text as the reader shows it: the document's text with a line break added after a space every
 * {@value #CHUNK} or so characters inside paragraphs longer than {@value #LONG}. RichTextFX lays out a
 * paragraph as one unit, so a 200,000-character paragraph (PDF extractions look like that) would block
 * the window for seconds; cut into pieces it scrolls like any document. The stored text never changes:
 * every position crosses this class between the reader (display) and the document (text), both UTF-16.
 */
public final class DisplayText {
    static final int LONG = 6000;
    static final int CHUNK = 2000;

    private final String display;
    /** Text positions before which a break is shown, ascending. */
    private final int[] breaks;

    private DisplayText(String display, int[] breaks) {
        this.display = display;
        this.breaks = breaks;
    }

    public static DisplayText of(String text) {
        int[] found = new int[0];
        int count = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > LONG) {
                int at = start + CHUNK;
                while (at < end - CHUNK / 2) {
                    int space = text.indexOf(' ', at);
                    if (space < 0 || space >= end - 1) {
                        break;
                    }
                    if (count == found.length) {
                        found = Arrays.copyOf(found, Math.max(8, count * 2));
                    }
                    found[count++] = space + 1;
                    at = space + 1 + CHUNK;
                }
            }
            start = end + 1;
        }
        int[] breaks = Arrays.copyOf(found, count);
        if (count == 0) {
            return new DisplayText(text, breaks);
        }
        StringBuilder b = new StringBuilder(text.length() + count);
        int from = 0;
        for (int p : breaks) {
            b.append(text, from, p).append('\n');
            from = p;
        }
        b.append(text, from, text.length());
        return new DisplayText(b.toString(), breaks);
    }

    public String text() {
        return display;
    }

    public boolean isIdentity() {
        return breaks.length == 0;
    }

    /** The display position of a text position. */
    public int toDisplay(int textPos) {
        return textPos + upperCount(textPos);
    }

    /** The text position of a display position (an added break maps to the text position after it). */
    public int toText(int displayPos) {
        int lo = 0;
        int hi = breaks.length;
        while (lo < hi) { // count breaks shown before displayPos: break j is shown at breaks[j] + j
            int mid = (lo + hi) >>> 1;
            if (breaks[mid] + mid < displayPos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return displayPos - lo;
    }

    private int upperCount(int textPos) {
        int lo = 0;
        int hi = breaks.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breaks[mid] <= textPos) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Styles over the text turned into styles over the display: each added break gets no style. */
    public StyleSpans<String> spans(StyleSpans<String> overText) {
        if (breaks.length == 0) {
            return overText;
        }
        StyleSpansBuilder<String> out = new StyleSpansBuilder<>(overText.getSpanCount() + breaks.length);
        int pos = 0;
        int next = 0;
        for (var span : overText) {
            int end = pos + span.getLength();
            int from = pos;
            while (next < breaks.length && breaks[next] >= from && breaks[next] < end) {
                if (breaks[next] > from) {
                    out.add(span.getStyle(), breaks[next] - from);
                }
                out.add("", 1);
                from = breaks[next];
                next++;
            }
            if (end > from) {
                out.add(span.getStyle(), end - from);
            }
            pos = end;
        }
        while (next < breaks.length) {
            out.add("", 1);
            next++;
        }
        return out.create();
    }
}
