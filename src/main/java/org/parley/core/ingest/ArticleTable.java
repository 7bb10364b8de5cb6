package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * Articles as records (CSV/TSV rows or JSONL objects), one record one document. Each field is found in
 * the column the user named, else in the first column with one of its usual names (case and
 * separators ignored); columns that are no field are kept as metadata fields.
 */
final class ArticleTable {
    static final Set<String> FIELDS = Set.of("text", "title", "date", "source", "url", "author", "language");
    static final Map<String, List<String>> NAMES = namesInOrder();

    private final Map<String, String> columnOf = new LinkedHashMap<>();

    private static Map<String, List<String>> namesInOrder() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("text", List.of("text", "body", "content", "article", "fulltext", "articletext", "articlebody", "maintext", "story"));
        m.put("title", List.of("title", "headline", "heading", "header"));
        m.put("date", List.of("date", "published", "publisheddate", "publicationdate", "pubdate", "publishedat", "datepublished",
                "datetime", "time", "created", "publishedtime", "datecreated", "createdat", "pubtime", "datetimeutc"));
        m.put("source", List.of("source", "outlet", "publisher", "publication", "site", "sitename", "agency", "media", "newspaper"));
        m.put("url", List.of("url", "link", "href", "canonicalurl", "uri"));
        m.put("author", List.of("author", "authors", "byline", "creator", "writer"));
        m.put("language", List.of("language", "lang", "locale"));
        return m;
    }

    ArticleTable(List<String> columns, ImportOptions options) throws ImportException {
        for (String field : FIELDS) {
            String given = options.columns().get(field);
            if (given != null) {
                if (!columns.contains(given)) {
                    throw new ImportException("no column '" + given + "' for the " + field + " (columns: " + String.join(", ", columns) + ")");
                }
                columnOf.put(field, given);
            }
        }
        for (var e : NAMES.entrySet()) {
            if (columnOf.containsKey(e.getKey())) {
                continue;
            }
            outer:
            for (String name : e.getValue()) {
                for (String col : columns) {
                    if (key(col).equals(name) && !columnOf.containsValue(col)) {
                        columnOf.put(e.getKey(), col);
                        break outer;
                    }
                }
            }
        }
        if (!columnOf.containsKey("text")) {
            throw new ImportException("no text column (looked for " + String.join(", ", NAMES.get("text"))
                    + "; name it with --text-column); columns: " + String.join(", ", columns));
        }
    }

    static String key(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The document of one record, or null when its text is blank. */
    NewDocument document(Map<String, String> record, DocumentMeta base) {
        String raw = record.get(columnOf.get("text"));
        String text = raw == null ? null : StoredText.of(raw);
        if (text == null || text.isBlank()) {
            return null;
        }
        Map<String, String> extra = new LinkedHashMap<>();
        record.forEach((k, v) -> {
            if (!columnOf.containsValue(k) && v != null && !v.isBlank()) {
                extra.put(k, v);
            }
        });
        String date = get(record, "date");
        var published = DateText.parse(date);
        if (published == null && date != null && !date.isBlank()) {
            extra.put(columnOf.get("date"), date); // kept as written when it is no date we can read
        }
        String language = get(record, "language");
        DocumentMeta meta = new DocumentMeta(get(record, "title"), get(record, "source"), get(record, "author"),
                get(record, "url"), published, null, language == null ? null : language.toLowerCase(Locale.ROOT),
                base.fileName(), base.fileSha256(), base.encoding(), extra);
        return new NewDocument(text, MetadataExtractor.complete(text, meta, 0));
    }

    private String get(Map<String, String> record, String field) {
        String col = columnOf.get(field);
        return col == null ? null : record.get(col);
    }

    static List<NewDocument> documents(ArticleTable table, List<Map<String, String>> records, DocumentMeta base)
            throws ImportException {
        List<NewDocument> out = new ArrayList<>();
        for (Map<String, String> r : records) {
            NewDocument d = table.document(r, base);
            if (d != null) {
                out.add(d);
            }
        }
        if (out.isEmpty()) {
            throw new ImportException("no row has text in its " + table.columnOf.get("text") + " column");
        }
        return out;
    }
}
