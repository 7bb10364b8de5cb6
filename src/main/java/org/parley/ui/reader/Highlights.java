package org.parley.ui.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.parley.core.model.Annotation;
import org.parley.core.text.Offsets;

/**
 * The inline styles of a document's claims, computed in one sweep over their start and end points so
 * thousands of claims cost milliseconds (and off the FX thread). Claims are in code points; the spans
 * produced are in UTF-16, as RichTextFX counts. One claim: its colour. Overlapping claims: a darker mix
 * of their colours and a thick underline, so an overlap is visibly distinct. The selected claim gets a
 * border.
 */
public final class Highlights {
    static final String OVERLAP_UNDERLINE = "-rtfx-underline-color: #3b3b3b; -rtfx-underline-width: 2.5;";
    static final String SELECTED = "-rtfx-border-stroke-color: #1f6feb; -rtfx-border-stroke-width: 1.5;";

    private Highlights() {
    }

    /**
     * @param colour the highlight colour of a claim ({@code #rrggbb})
     * @param selectedUuid the selected claim, or null
     */
    public static StyleSpans<String> compute(Offsets offsets, Collection<Annotation> claims,
                                             Function<Annotation, String> colour, String selectedUuid) {
        int length = offsets.utf16Length();
        List<Annotation> list = new ArrayList<>(claims);
        int n = list.size();
        // events: position (UTF-16) * 2 + (0 = end, 1 = start), so ends sort before starts at one point
        long[] events = new long[n * 2];
        String[] colours = new String[n];
        int[] colourIds = new int[n];
        java.util.Map<String, Integer> colourIndex = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            Annotation a = list.get(i);
            int s = Math.min(offsets.toUtf16(Math.min(a.start(), offsets.codePointLength())), length);
            int e = Math.min(offsets.toUtf16(Math.min(a.end(), offsets.codePointLength())), length);
            events[2 * i] = ((long) s << 32) | (1L << 31) | i;
            events[2 * i + 1] = ((long) e << 32) | i;
            colours[i] = colour.apply(a);
            colourIds[i] = colourIndex.computeIfAbsent(colours[i], k -> colourIndex.size());
        }
        Arrays.sort(events);
        StyleSpansBuilder<String> out = new StyleSpansBuilder<>(Math.max(1, n * 2 + 1));
        // thousands of segments share a handful of styles: build each style string once
        java.util.Map<Long, String> styles = new java.util.HashMap<>();
        boolean[] active = new boolean[n];
        int activeCount = 0;
        int selected = -1;
        for (int i = 0; i < n; i++) {
            if (list.get(i).uuid().equals(selectedUuid)) {
                selected = i;
            }
        }
        int last = 0;
        int lastActive = -1;
        int k = 0;
        while (k < events.length) {
            int pos = (int) (events[k] >>> 32);
            if (pos > last) {
                boolean inSelected = selected >= 0 && activeCount > 0 && active[selected];
                int top = lastActive;
                int count = activeCount;
                long key = activeCount == 0 ? -1L : ((long) colourIds[Math.max(0, top)] << 20) | ((long) Math.min(count, 255) << 1) | (inSelected ? 1 : 0);
                out.add(styles.computeIfAbsent(key, unused -> style(count, top, colours, inSelected)), pos - last);
                last = pos;
            }
            while (k < events.length && (int) (events[k] >>> 32) == pos) {
                long ev = events[k++];
                int idx = (int) (ev & 0x7fffffffL);
                if ((ev & (1L << 31)) != 0) {
                    active[idx] = true;
                    activeCount++;
                    lastActive = idx;
                } else {
                    active[idx] = false;
                    activeCount--;
                    if (lastActive == idx) {
                        lastActive = anyActive(active, activeCount);
                    }
                }
            }
        }
        out.add("", Math.max(0, length - last));
        return out.create();
    }

    private static int anyActive(boolean[] active, int count) {
        if (count == 0) {
            return -1;
        }
        for (int i = active.length - 1; i >= 0; i--) {
            if (active[i]) {
                return i;
            }
        }
        return -1;
    }

    private static String style(int count, int top, String[] colours, boolean inSelected) {
        if (count == 0) {
            return "";
        }
        String border = inSelected ? SELECTED : "";
        if (count == 1) {
            return "-rtfx-background-color: " + colours[top] + "; -fx-fill: #1b1b1b;" + border;
        }
        return "-rtfx-background-color: " + darker(colours[top], count) + "; -fx-fill: #111111;"
                + OVERLAP_UNDERLINE + border;
    }

    /**
     * The range {@code [start, end)} where two stylings of one text differ, or null when they are the same,
     * so a change to one claim repaints only its stretch of a long document.
     */
    public static int[] changed(StyleSpans<String> was, StyleSpans<String> now) {
        if (was == null || was.length() != now.length()) {
            return new int[] {0, now.length()};
        }
        int first = -1;
        int last = -1;
        int i = 0;
        int j = 0;
        int posA = 0;
        int posB = 0;
        int pos = 0;
        while (i < was.getSpanCount() && j < now.getSpanCount()) {
            var a = was.getStyleSpan(i);
            var b = now.getStyleSpan(j);
            int endA = posA + a.getLength();
            int endB = posB + b.getLength();
            int end = Math.min(endA, endB);
            if (end > pos && !a.getStyle().equals(b.getStyle())) {
                if (first < 0) {
                    first = pos;
                }
                last = end;
            }
            pos = end;
            if (endA == end) {
                posA = endA;
                i++;
            }
            if (endB == end) {
                posB = endB;
                j++;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /** The colour darkened a step for each further claim over the same text. */
    static String darker(String hex, int depth) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double f = Math.max(0.45, 1.0 - 0.18 * (depth - 1));
        int r = (int) (((rgb >> 16) & 0xff) * f);
        int g = (int) (((rgb >> 8) & 0xff) * f);
        int b = (int) ((rgb & 0xff) * f);
        return String.format("#%02x%02x%02x", r, g, b);
    }
}
