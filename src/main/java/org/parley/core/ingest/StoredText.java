package org.parley.core.ingest;

import org.parley.core.text.LineBreaks;

/**
 * An importer's text made into stored text: line breaks LF ({@link LineBreaks}) and every U+FEFF at its start
 * removed — a file can hold a BOM twice (one written by an editor over another), and a page or RTF file can
 * begin its text with one; a stored text never starts with it.
 */
final class StoredText {
    private StoredText() {
    }

    static String of(String text) {
        String t = LineBreaks.normalise(text);
        int from = 0;
        while (from < t.length() && t.charAt(from) == '\uFEFF') {
            from++;
        }
        return t.substring(from);
    }
}
