package org.parley.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What a file's first line says it is, whatever its name: a JSON object (a line of JSONL, a Parley dataset when
 * it carries {@code "claims"}), or the header of a CSV/TSV of articles (two fields or more, one of them a text
 * column by its usual name, {@link ArticleTable#NAMES}). Prose whose first line has commas names no text
 * column, so it stays text.
 */
final class TableContent {
    private static final int HEAD = 8192;

    private TableContent() {
    }

    /** The first non-blank line (of the first 8 KB, UTF-8 BOM left out), or "". */
    static String firstLine(byte[] bytes) {
        int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int end = Math.min(bytes.length, HEAD);
        // line by line over the bytes (called for every file a batch meets, so no regex and no decoding of 8 KB)
        for (int start = from, lines = 0; start < end && lines < 50; lines++) {
            int stop = start;
            while (stop < end && bytes[stop] != '\n') {
                stop++;
            }
            String line = new String(bytes, start, stop - start, StandardCharsets.UTF_8);
            if (!line.isBlank()) {
                return line.strip();
            }
            start = stop + 1;
        }
        return "";
    }

    /** The first line opens a JSON object: the file is JSON lines. */
    static boolean jsonLines(byte[] bytes) {
        String line = firstLine(bytes);
        return line.startsWith("{\"") || line.startsWith("{ \"") || line.equals("{");
    }

    /** The first line opens a JSON object holding a "claims" key: a Parley dataset (well-formed or not). */
    static boolean dataset(byte[] bytes) {
        String line = firstLine(bytes);
        return jsonLines(bytes) && line.contains("\"claims\"");
    }

    /** The delimiter of a CSV/TSV header naming a text column, or 0 when the first line is no such header. */
    static char delimiter(byte[] bytes) {
        String line = firstLine(bytes);
        if (line.isEmpty() || line.length() > 2000) {
            return 0;
        }
        char delimiter = ArticleTableImporter.sniff(line);
        List<List<String>> rows;
        try {
            rows = CsvReader.rows(line, delimiter);
        } catch (ImportException e) {
            return 0; // an unclosed quote on the first line: no header
        }
        if (rows.isEmpty() || rows.get(0).size() < 2) {
            return 0;
        }
        for (String column : rows.get(0)) {
            if (ArticleTable.NAMES.get("text").contains(ArticleTable.key(column))) {
                return delimiter;
            }
        }
        return 0;
    }
}
