package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.text.TextPosition;

/**
 * One PDF page's glyphs put in reading order by their positions, not by the order the file draws them
 * (an OCR'd scan draws its words in any order): glyphs are grouped into lines by baseline; a vertical
 * gutter that no line of the page's body crosses splits it into columns, read left column first; lines
 * that cross the gutter (a title over both columns) stay where they are between column runs. Lines far
 * apart vertically, or in another column, start a new paragraph; the result is paragraphs of lines,
 * separated by {@code paragraphEnd}.
 */
final class PageLayout {
    /** A line: its glyphs left to right, its baseline and the height of its tallest glyph (at least its font size). */
    private record Line(List<TextPosition> glyphs, float y, float height, float left, float right) {
        String text() {
            StringBuilder sb = new StringBuilder();
            TextPosition prev = null;
            for (TextPosition g : glyphs) {
                if (prev != null) {
                    float gap = g.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                    float space = Math.max(prev.getWidthOfSpace(), 0.1f) * 0.5f;
                    if (gap > Math.min(space, prev.getFontSizeInPt() * 0.2f) && !prev.getUnicode().endsWith(" ")
                            && !g.getUnicode().startsWith(" ")) {
                        sb.append(' ');
                    }
                }
                sb.append(g.getUnicode());
                prev = g;
            }
            return sb.toString();
        }
    }

    private PageLayout() {
    }

    static String text(List<TextPosition> glyphs, String paragraphEnd) {
        List<Line> lines = lines(glyphs);
        if (lines.isEmpty()) {
            return "";
        }
        float gutter = gutter(lines);
        List<List<Line>> order = new ArrayList<>(); // runs of lines, each a paragraph candidate group
        if (Float.isNaN(gutter)) {
            order.add(lines);
        } else {
            List<Line> left = new ArrayList<>();
            List<Line> right = new ArrayList<>();
            for (Line l : lines) {
                if (l.left() < gutter && l.right() > gutter) { // crosses the gutter: ends the column run above it
                    flush(order, left, right);
                    order.add(List.of(l));
                } else {
                    (l.right() <= gutter ? left : right).add(l);
                }
            }
            flush(order, left, right);
        }
        StringBuilder out = new StringBuilder();
        for (List<Line> run : order) {
            Line prev = null;
            for (Line l : run) {
                if (prev != null) {
                    float gap = l.y() - prev.y();
                    out.append(gap > Math.max(prev.height(), l.height()) * 1.8f || gap < 0 ? paragraphEnd : "\n");
                }
                out.append(l.text());
                prev = l;
            }
            out.append(paragraphEnd);
        }
        return out.toString();
    }

    private static void flush(List<List<Line>> order, List<Line> left, List<Line> right) {
        if (!left.isEmpty()) {
            order.add(List.copyOf(left));
        }
        if (!right.isEmpty()) {
            order.add(List.copyOf(right));
        }
        left.clear();
        right.clear();
    }

    /** Glyphs grouped into lines: same baseline within half a glyph's height, each line sorted left to right. */
    private static List<Line> lines(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>();
        for (TextPosition g : glyphs) {
            if (!g.getUnicode().isBlank() || !sorted.isEmpty()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        List<Float> baselines = new ArrayList<>();
        for (TextPosition g : sorted) {
            float tolerance = Math.max(g.getHeightDir(), 1f) * 0.5f;
            int last = rows.size() - 1;
            if (last >= 0 && Math.abs(g.getYDirAdj() - baselines.get(last)) <= tolerance) {
                rows.get(last).add(g);
            } else {
                rows.add(new ArrayList<>(List.of(g)));
                baselines.add(g.getYDirAdj());
            }
        }
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<TextPosition> row = rows.get(i);
            row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            // a wide gap splits a row: the lines of two columns side by side share their baselines
            List<TextPosition> segment = new ArrayList<>();
            float right = 0;
            for (TextPosition g : row) {
                if (!segment.isEmpty() && g.getXDirAdj() - right > Math.max(3 * g.getFontSizeInPt(), 12f)) {
                    add(out, segment, baselines.get(i));
                    segment = new ArrayList<>();
                }
                segment.add(g);
                right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            }
            add(out, segment, baselines.get(i));
        }
        return out;
    }

    private static void add(List<Line> out, List<TextPosition> glyphs, float y) {
        float height = 0;
        float right = 0;
        boolean text = false;
        for (TextPosition g : glyphs) {
            height = Math.max(height, Math.max(g.getHeightDir(), g.getFontSizeInPt()));
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            text |= !g.getUnicode().isBlank();
        }
        if (text) {
            out.add(new Line(glyphs, y, Math.max(height, 1f), glyphs.get(0).getXDirAdj(), right));
        }
    }

    /**
     * The x of a gutter between two columns, or NaN: an x, between the page's text edges, inside a gap
     * between words that at least 60% of the lines have there and no more than a few lines cross, with at
     * least three lines on each side.
     */
    private static float gutter(List<Line> lines) {
        float minX = Float.MAX_VALUE;
        float maxX = 0;
        for (Line l : lines) {
            minX = Math.min(minX, l.left());
            maxX = Math.max(maxX, l.right());
        }
        int width = (int) Math.ceil(maxX - minX) + 1;
        if (width < 50 || lines.size() < 6) {
            return Float.NaN;
        }
        int[] crossing = new int[width];
        for (Line l : lines) {
            for (TextPosition g : l.glyphs()) {
                int from = (int) (g.getXDirAdj() - minX);
                int to = (int) Math.ceil(g.getXDirAdj() + g.getWidthDirAdj() - minX);
                for (int x = Math.max(0, from); x < Math.min(width, to); x++) {
                    crossing[x]++;
                }
            }
        }
        // the widest run of x with (almost) no glyph, in the middle 60% of the text's width
        int bestFrom = -1;
        int bestLen = 0;
        int limit = Math.max(1, lines.size() / 10);
        for (int x = width / 5, run = 0; x < width * 4 / 5; x++) {
            if (crossing[x] <= limit) {
                run++;
                if (run > bestLen) {
                    bestLen = run;
                    bestFrom = x - run + 1;
                }
            } else {
                run = 0;
            }
        }
        if (bestLen < 8) {
            return Float.NaN;
        }
        float gutter = minX + bestFrom + bestLen / 2f;
        int leftLines = 0;
        int rightLines = 0;
        int crossingLines = 0;
        for (Line l : lines) {
            if (l.right() <= gutter) {
                leftLines++;
            } else if (l.left() >= gutter) {
                rightLines++;
            } else {
                crossingLines++;
            }
        }
        return leftLines >= 3 && rightLines >= 3 && crossingLines * 5 <= lines.size() ? gutter : Float.NaN;
    }
}
