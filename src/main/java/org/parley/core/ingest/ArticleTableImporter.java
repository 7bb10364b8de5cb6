package org.parley.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;
import org.parley.core.text.LineBreaks;

/**
 * CSV, TSV and JSONL files of articles (see {@link ArticleTable}), known by their extension or, without it, by
 * their first line ({@link TableContent}). A JSONL file whose records carry a
 * "claims" array is a Parley dataset, which this importer refuses rather than import its claims as text.
 */
public final class ArticleTableImporter implements Importer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ImportOptions options;

    public ArticleTableImporter(ImportOptions options) {
        this.options = options;
    }

    @Override
    public boolean accepts(SourceFile file) {
        String n = file.name().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tab") || n.endsWith(".jsonl") || n.endsWith(".ndjson")
                || TableContent.jsonLines(file.bytes()) || TableContent.delimiter(file.bytes()) != 0;
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(file.bytes());
        String text = LineBreaks.normalise(decoded.text());
        DocumentMeta base = new DocumentMeta(null, null, null, null, null, null, null, file.name(), file.sha256(),
                decoded.charset(), Map.of());
        String n = file.name().toLowerCase(Locale.ROOT);
        boolean named = n.endsWith(".csv") || n.endsWith(".tsv") || n.endsWith(".tab");
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || !named && TableContent.jsonLines(file.bytes())) {
            return jsonLines(text, base);
        }
        char delimiter = n.endsWith(".tsv") || n.endsWith(".tab") ? '\t' : sniff(text);
        List<List<String>> rows = CsvReader.rows(text, delimiter);
        if (rows.size() < 2) {
            throw new ImportException("no rows of articles below the header");
        }
        List<String> header = rows.get(0);
        ArticleTable table = new ArticleTable(header, options);
        List<Map<String, String>> records = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.size() > header.size()) {
                throw new ImportException("row " + (i + 1) + " has " + row.size() + " fields, the header " + header.size());
            }
            Map<String, String> r = new LinkedHashMap<>();
            for (int c = 0; c < row.size(); c++) {
                r.put(header.get(c), row.get(c));
            }
            records.add(r);
        }
        return ArticleTable.documents(table, records, base);
    }

    /** Spreadsheets in some locales write ';' between fields; take whichever the header line has more of. */
    static char sniff(String text) {
        int nl = text.indexOf('\n');
        String first = nl < 0 ? text : text.substring(0, nl);
        long commas = first.chars().filter(c -> c == ',').count();
        long semis = first.chars().filter(c -> c == ';').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        return tabs > commas && tabs > semis ? '\t' : semis > commas ? ';' : ',';
    }

    private List<NewDocument> jsonLines(String text, DocumentMeta base) throws ImportException {
        List<Map<String, String>> records = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                throw new ImportException("line " + lineNo + " is not JSON (" + e.getOriginalMessage() + ")");
            }
            if (node == null || !node.isObject()) {
                throw new ImportException("line " + lineNo + " is not a JSON object");
            }
            if (node.has("claims") && node.get("claims").isArray()) {
                throw new ImportException("line " + lineNo + " carries a \"claims\" array, so it belongs to a Parley dataset,"
                        + " but the first line is not one: every record of a dataset needs \"text\" and \"claims\"");
            }
            if (node.has("label") && node.get("label").isArray()) {
                throw new ImportException("not a format Parley imports: a span-labelled JSONL such as doccano's (records carry a"
                        + " \"label\" array); Parley reads back its own jsonl datasets, and would lose these labels as articles");
            }
            Map<String, String> r = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> {
                JsonNode v = e.getValue();
                if (!v.isNull()) {
                    r.put(e.getKey(), v.isTextual() ? v.asText() : v.isValueNode() ? v.asText() : v.toString());
                }
                if (!columns.contains(e.getKey())) {
                    columns.add(e.getKey());
                }
            });
            records.add(r);
        }
        if (records.isEmpty()) {
            throw new ImportException("no JSON records");
        }
        return ArticleTable.documents(new ArticleTable(columns, options), records, base);
    }
}
