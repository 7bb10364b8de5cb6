package org.parley.core.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Annotation;

/**
 * The field names and order Parley's JSON datasets share (jsonl, jsonl-claims, and what
 * {@code DatasetImporter} reads back), written with Jackson's streaming generator.
 */
public final class DatasetJson {
    static final JsonFactory FACTORY = JsonFactory.builder().build();

    private DatasetJson() {
    }

    /** Writes the JSON values of one document's line(s); returns how many it wrote. */
    @FunctionalInterface
    interface Lines {
        int write(JsonGenerator g, DocumentRow row) throws Exception;
    }

    /**
     * Writes {@code out} as JSON lines, one value per line (no pretty printing, "\n" between values and
     * after the last), {@code lines} giving each document's.
     */
    static void writeLines(ExportSource source, Path out, Lines lines) throws Exception {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = FACTORY.createGenerator(os, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
            int[] written = {0};
            source.forEach(row -> written[0] += lines.write(g, row));
            if (written[0] > 0) {
                g.writeRaw('\n');
            }
        }
    }

    /** The document's id, uuid and metadata fields (no text). */
    static void meta(JsonGenerator g, Document d) throws IOException {
        DocumentMeta m = d.meta();
        g.writeNumberField("id", d.id());
        g.writeStringField("uuid", d.uuid());
        g.writeStringField("title", m.title());
        g.writeStringField("source", m.source());
        g.writeStringField("author", m.author());
        g.writeStringField("url", m.url());
        g.writeStringField("published", m.published() == null ? null : m.published().iso());
        g.writeStringField("place", m.place());
        g.writeStringField("language", m.language());
        g.writeStringField("file_name", m.fileName());
        g.writeObjectFieldStart("fields");
        for (Map.Entry<String, String> e : new TreeMap<>(m.extra()).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    /** One claim's fields: offsets in code points, quote, codes by dimension, memo, coder, status, times. */
    static void claim(JsonGenerator g, Annotation c) throws IOException {
        g.writeNumberField("id", c.id());
        g.writeStringField("uuid", c.uuid());
        g.writeNumberField("start", c.start());
        g.writeNumberField("end", c.end());
        g.writeStringField("quote", c.quote());
        g.writeObjectFieldStart("codes");
        for (Map.Entry<String, List<String>> e : c.codes().entrySet()) {
            g.writeArrayFieldStart(e.getKey());
            for (String v : e.getValue()) {
                g.writeString(v);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeStringField("memo", c.memo());
        g.writeStringField("coder", c.coder());
        g.writeStringField("status", c.status().word());
        g.writeStringField("created", c.created().toString());
        g.writeStringField("modified", c.modified().toString());
    }
}
