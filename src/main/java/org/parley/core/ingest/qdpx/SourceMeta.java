package org.parley.core.ingest.qdpx;

import java.util.Map;
import java.util.TreeMap;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;

/**
 * A document's metadata from a REFI-QDA source: its name is the title; description lines of the form
 * {@code field: value} that Parley writes on export (source, author, url, published, place, language)
 * come back as those fields, and any other description is kept whole as the field {@code description}.
 */
final class SourceMeta {
    private SourceMeta() {
    }

    static DocumentMeta of(QdaProject.Source s, String origin) {
        Map<String, String> f = new TreeMap<>();
        StringBuilder rest = new StringBuilder();
        for (String line : s.description().split("\n")) {
            int colon = line.indexOf(": ");
            String key = colon > 0 ? line.substring(0, colon) : "";
            if (key.matches("source|author|url|published|place|language") && !f.containsKey(key)) {
                f.put(key, line.substring(colon + 2).strip());
            } else if (!line.isBlank()) {
                rest.append(line).append('\n');
            }
        }
        PartialDate published = null;
        try {
            published = PartialDate.parseOrNull(f.get("published"));
        } catch (IllegalArgumentException e) {
            rest.append("published: ").append(f.get("published")).append('\n'); // kept, not guessed at
        }
        Map<String, String> extra = rest.isEmpty() ? Map.of() : Map.of("description", rest.toString().strip());
        return new DocumentMeta(s.name(), f.get("source"), f.get("author"), f.get("url"), published, f.get("place"),
                f.get("language"), origin, null, "UTF-8", extra);
    }
}
