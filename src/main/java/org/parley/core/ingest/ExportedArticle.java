package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;

/**
 * One article of a database export. Header lines ("Byline: ...", "Load-Date: ...", "Section: ...")
 * become metadata and leave the text; a line "Body" ends the header block, whose first lines are the
 * headline, the publication and the date; a line "Classification" starts the trailing header block.
 * The stored text is the headline, a blank line and the body, or, with no "Body" line, the part with
 * its header lines removed; leading and trailing blank lines are dropped, nothing else changes.
 */
record ExportedArticle(String text, DocumentMeta meta) {
    private static final Pattern HEADER = Pattern.compile("^\\s*(Load-Date|Byline|Section|Length|Language|Publication-Type"
            + "|Publication Type|Document-Type|Dateline|Copyright|Graphic|Highlight|Journal-Code|Subject|Geographic|Company"
            + "|Person|Organization|Industry|Ticker|Notes|Correction-Date|Edition|Source|Author|Title|Headline|Date"
            + "|Publication|Pub-Date|URL|Link|Load-date|Name|Series|Word count|Words):\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> LANGUAGES = Map.of("english", "en", "russian", "ru", "french", "fr",
            "german", "de", "spanish", "es", "arabic", "ar", "chinese", "zh", "italian", "it", "portuguese", "pt");

    /** Reads a part; null when it holds headers only. */
    static ExportedArticle read(String part, DocumentMeta base) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> before = new ArrayList<>();
        List<String> body = new ArrayList<>();
        boolean hasBody = part.lines().anyMatch(l -> l.strip().equals("Body"));
        boolean inBody = !hasBody;
        boolean trailer = false;
        for (String line : part.split("\n", -1)) {
            String s = line.strip();
            Matcher m = HEADER.matcher(line);
            if (m.matches() && !m.group(2).isEmpty()) {
                headers.merge(m.group(1), m.group(2), (a, b) -> a + "; " + b);
            } else if (hasBody && !inBody && s.equals("Body")) {
                inBody = true;
            } else if (s.equals("Classification")) {
                trailer = true;
            } else if (trailer) {
                continue; // the classification block's untagged lines (terms, scores) are not article text
            } else if (inBody) {
                body.add(line);
            } else if (!s.isEmpty()) {
                before.add(s);
            }
        }
        String title = first(headers, "Title", "Headline");
        String source = first(headers, "Source", "Publication");
        PartialDate published = DateText.parse(first(headers, "Date", "Pub-Date"));
        if (hasBody) {
            for (String s : before) {
                PartialDate d = DateText.parse(s);
                if (d != null && published == null) {
                    published = d;
                } else if (title == null) {
                    title = s;
                } else if (source == null && d == null && !s.startsWith("Copyright")) {
                    source = s;
                }
            }
        }
        if (published == null) {
            published = DateText.parse(first(headers, "Load-Date"));
        }
        String text = trimBlankLines(String.join("\n", body));
        if (hasBody && title != null) {
            text = text.isEmpty() ? title : title + "\n\n" + text;
        }
        if (text.isBlank()) {
            return null;
        }
        String language = headers.keySet().stream().filter(k -> k.equalsIgnoreCase("Language")).findFirst()
                .map(k -> LANGUAGES.get(headers.get(k).toLowerCase(Locale.ROOT).strip())).orElse(null);
        DocumentMeta meta = new DocumentMeta(title, source, first(headers, "Byline", "Author"), first(headers, "URL", "Link"),
                published, null, language, base.fileName(), base.fileSha256(), base.encoding(), headers);
        return new ExportedArticle(text, meta);
    }

    private static String first(Map<String, String> headers, String... names) {
        for (String n : names) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(n)) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    private static String trimBlankLines(String s) {
        String[] lines = s.split("\n", -1);
        int a = 0;
        int b = lines.length;
        while (a < b && lines[a].isBlank()) {
            a++;
        }
        while (b > a && lines[b - 1].isBlank()) {
            b--;
        }
        return String.join("\n", java.util.Arrays.asList(lines).subList(a, b));
    }
}
