package org.parley.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.DocumentMeta;

/**
 * A YAML header at the top of a Markdown or text file (Jekyll, Hugo, Obsidian, scraped collections): the
 * lines between a first line {@code ---} and the next {@code ---} (or {@code ...}), read by a YAML parser,
 * so escapes ({@code \_}, {@code \u2019}) and folded lines come out as YAML means them. Its {@code title},
 * date ({@code date, published_time, doc_date, published}), address ({@code source_url, url, link,
 * canonical}), {@code author} and {@code source} fill the document's metadata, {@code tags} become the
 * field "tags" (comma-separated); every other key is kept as a field under its own name (a nested value as
 * JSON text). The body is the file after the closing line, as it is (Markdown markup included).
 */
record FrontMatter(String title, String date, String url, String author, String source, Map<String, String> fields, String body) {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TITLE = List.of("title");
    private static final List<String> DATE = List.of("date", "published_time", "doc_date", "published", "publishdate");
    private static final List<String> URL = List.of("source_url", "url", "link", "canonical", "canonical_url");
    private static final List<String> AUTHOR = List.of("author", "authors", "byline");
    private static final List<String> SOURCE = List.of("source", "publisher", "site_name");

    /** The text's front matter, or null when it has none (or what looks like one is not a YAML mapping). */
    static FrontMatter of(String text) {
        if (!text.startsWith("---\n")) {
            return null;
        }
        int end = -1;
        int bodyFrom = -1;
        for (int from = 4; from < text.length(); ) {
            int nl = text.indexOf('\n', from);
            String line = text.substring(from, nl < 0 ? text.length() : nl).stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                end = from;
                bodyFrom = nl < 0 ? text.length() : nl + 1;
                break;
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        if (end < 0) {
            return null;
        }
        JsonNode root;
        try {
            root = YAML.readTree(text.substring(4, end));
        } catch (IOException e) {
            return null; // not YAML after all: the file is text from its first line
        }
        if (root == null || !root.isObject()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> known = new ArrayList<>();
        known.addAll(TITLE);
        known.addAll(DATE);
        known.addAll(URL);
        known.addAll(AUTHOR);
        known.addAll(SOURCE);
        root.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (key.equals("tags") || key.equals("keywords")) {
                fields.merge("tags", joined(e.getValue()), (a, b) -> a + ", " + b);
            } else if (!known.contains(key) && !e.getValue().isNull()) {
                fields.put(key, e.getValue().isValueNode() ? e.getValue().asText() : json(e.getValue()));
            }
        });
        String body = text.substring(bodyFrom);
        int lead = 0;
        while (lead < body.length() && body.charAt(lead) == '\n') {
            lead++;
        }
        return new FrontMatter(first(root, TITLE), first(root, DATE), first(root, URL), first(root, AUTHOR), first(root, SOURCE),
                fields, body.substring(lead));
    }

    /** The format's metadata with what the header gives. */
    DocumentMeta into(DocumentMeta base) {
        Map<String, String> extra = new LinkedHashMap<>(base.extra());
        extra.putAll(fields);
        return new DocumentMeta(title, source, author, url, DateText.parse(date), base.place(), base.language(), base.fileName(),
                base.fileSha256(), base.encoding(), extra);
    }

    private static String first(JsonNode root, List<String> keys) {
        for (String k : keys) {
            JsonNode v = root.get(k);
            if (v != null && !v.isNull()) {
                String s = v.isValueNode() ? v.asText() : joined(v);
                if (!s.isBlank()) {
                    return s.strip();
                }
            }
        }
        return null;
    }

    /** A list's items (a person's name when an item is a mapping with one) joined with ", ". */
    private static String joined(JsonNode v) {
        if (v.isValueNode()) {
            return v.asText();
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : v) {
            items.add(item.isValueNode() ? item.asText() : item.path("name").isTextual() ? item.path("name").asText() : json(item));
        }
        return String.join(", ", items);
    }

    private static String json(JsonNode v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (IOException e) {
            return v.toString();
        }
    }
}
