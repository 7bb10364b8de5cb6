package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Paragraphs from text laid out in lines (PDF pages): the lines of one paragraph are joined with one
 * space. A line ending in a hyphen after a letter, followed by a lower-case letter, is a word broken at
 * the line end and joined without the hyphen, unless the document writes the same hyphenated word
 * inside a line elsewhere ("well-" / "known" stays "well-known" when "well-known" occurs in a line);
 * a hyphen at a line end before a capital ("Anglo-" / "American") stays, without a space; other hyphens stay. Soft hyphens (U+00AD) are removed, and a line ending in one is joined to the next
 * without a space. Runs of spaces and tabs collapse to one space; paragraphs are separated by a blank line.
 */
final class LaidOutText {
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+-\\p{L}+");

    private LaidOutText() {
    }

    static String paragraphs(String[] blocks) {
        Set<String> compounds = new HashSet<>();
        for (String block : blocks) {
            Matcher m = HYPHENATED.matcher(block.replace('\n', ' ').replace("- ", "\u0000"));
            while (m.find()) {
                compounds.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        List<String> out = new ArrayList<>();
        for (String block : blocks) {
            StringBuilder p = new StringBuilder();
            boolean soft = false;
            for (String raw : block.split("\n")) {
                String withSoft = raw.replaceAll("[ \\t]+", " ").strip();
                boolean endsSoft = withSoft.endsWith("\u00AD");
                String line = withSoft.replace("\u00AD", "").strip();
                if (line.isEmpty()) {
                    continue;
                }
                int len = p.length();
                if (soft) {
                    // the word goes on without a space
                } else if (len >= 2 && p.charAt(len - 1) == '-' && Character.isLetter(p.charAt(len - 2))
                        && Character.isLetter(line.codePointAt(0))) {
                    if (Character.isLowerCase(line.codePointAt(0)) && !compounds.contains(compound(p, line))) {
                        p.setLength(len - 1); // a word broken at the line end
                    } // else a hyphenated word ("Anglo-American") broken at its hyphen: joined as written
                } else if (len > 0) {
                    p.append(' ');
                }
                p.append(line);
                soft = endsSoft;
            }
            if (!p.isEmpty()) {
                out.add(p.toString());
            }
        }
        return String.join("\n\n", out);
    }

    /** The word before the line-end hyphen, the hyphen and the next line's first word: "well-known". */
    private static String compound(StringBuilder p, String next) {
        int from = p.length() - 1;
        while (from > 0 && Character.isLetter(p.charAt(from - 1))) {
            from--;
        }
        int to = 0;
        while (to < next.length() && Character.isLetter(next.charAt(to))) {
            to++;
        }
        return (p.substring(from) + next.substring(0, to)).toLowerCase(Locale.ROOT);
    }
}
