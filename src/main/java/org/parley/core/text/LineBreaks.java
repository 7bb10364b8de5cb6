package org.parley.core.text;

/**
 * Makes stored text: removes a leading BOM and turns every line break into LF. Scanning left to right,
 * a CR and an LF next to each other in either order (CRLF or LFCR) are one break; any other CR or LF is
 * one break. Nothing else changes (NBSP, tabs and curly quotes stay).
 */
public final class LineBreaks {
    private LineBreaks() {
    }

    public static String normalise(String text) {
        int from = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        if (text.indexOf('\r') < 0) {
            return from == 0 && text.indexOf("\n\r") < 0 ? text : stripBom(text, from);
        }
        return stripBom(text, from);
    }

    private static String stripBom(String text, int from) {
        StringBuilder out = new StringBuilder(text.length() - from);
        int n = text.length();
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                out.append('\n');
                if (i + 1 < n) {
                    char next = text.charAt(i + 1);
                    if ((next == '\r' || next == '\n') && next != c) {
                        i++;
                    }
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
