package org.parley.core.ingest;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a user may tell the importers: the line pattern separating articles in a database export
 * (null: the known "End of Document" / "Document N of M" forms), and the column holding each field of
 * a CSV/TSV/JSONL file of articles, by field ({@code text, title, date, source, url, author}); fields
 * not given are found by their usual names; and whether a web page comes in whole ({@code wholePage}: all its
 * visible text) instead of its article only.
 */
public record ImportOptions(Pattern separator, Map<String, String> columns, boolean wholePage) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, Map.of(), false);

    public ImportOptions(Pattern separator, Map<String, String> columns) {
        this(separator, columns, false);
    }

    /** These options with web pages imported whole (true) or as their article only (false). */
    public ImportOptions withWholePage(boolean whole) {
        return new ImportOptions(separator, columns, whole);
    }

    public ImportOptions {
        columns = Map.copyOf(columns);
        for (String field : columns.keySet()) {
            if (!ArticleTable.FIELDS.contains(field)) {
                throw new IllegalArgumentException("unknown column field '" + field + "' (valid: " + ArticleTable.FIELDS + ")");
            }
        }
    }
}
