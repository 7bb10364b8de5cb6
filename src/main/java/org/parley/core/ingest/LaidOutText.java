package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs from text laid out in lines (PDF pages): the lines of one paragraph are joined with one
 * space; a line ending in a hyphen after a letter, followed by a lower-case letter, is joined without
 * the hyphen (a word broken at the line end); other hyphens stay. Runs of spaces and tabs collapse to
 * one space; paragraphs are separated by a blank line.
 */
final class LaidOutText {
    private LaidOutText() {
    }

    static String paragraphs(String[] blocks) {
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            StringBuilder p = new StringBuilder();
            for (String raw : block.split("\n")) {
                String line = raw.replaceAll("[ \\t]+", " ").strip();
                if (line.isEmpty()) {
                    continue;
                }
                int len = p.length();
                if (len >= 2 && p.charAt(len - 1) == '-' && Character.isLetter(p.charAt(len - 2))
                        && Character.isLowerCase(line.codePointAt(0))) {
                    p.setLength(len - 1);
                } else if (len > 0) {
                    p.append(' ');
                }
                p.append(line);
            }
            if (!p.isEmpty()) {
                out.add(p.toString());
            }
        }
        return String.join("\n\n", out);
    }
}
