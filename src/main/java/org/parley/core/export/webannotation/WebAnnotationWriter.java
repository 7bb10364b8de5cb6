package org.parley.core.export.webannotation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Annotation;
import org.parley.core.export.DocumentRow;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWriter;
import org.parley.core.export.Guids;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;

/**
 * W3C Web Annotation (JSON-LD) in a folder: {@code <claim uuid>.jsonld} per claim, {@code <document
 * uuid>.txt} per document (the stored text, UTF-8, LF) and {@code index.jsonld}, an AnnotationPage
 * listing every annotation. Targets name the document as {@code urn:uuid:<document uuid>}; selectors
 * count code points (TextPositionSelector) and quote the text (TextQuoteSelector).
 */
public final class WebAnnotationWriter implements ExportWriter {
    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String INDEX = "index.jsonld";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        Files.createDirectories(out);
        Codebook book = source.codebook();
        List<String> ids = new ArrayList<>();
        source.forEach(row -> {
            Files.writeString(out.resolve(row.document().uuid() + ".txt"), row.document().text(), StandardCharsets.UTF_8);
            for (Annotation c : row.claims()) {
                JSON.writeValue(out.resolve(c.uuid() + ".jsonld").toFile(), annotation(row, c, book));
                ids.add("urn:uuid:" + c.uuid());
            }
        });
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("@context", CONTEXT);
        page.put("id", "urn:uuid:" + Guids.of("parley-annotation-page", String.join(" ", ids)));
        page.put("type", "AnnotationPage");
        page.put("items", ids);
        JSON.writeValue(out.resolve(INDEX).toFile(), page);
        return Written.file(out);
    }

    static Map<String, Object> annotation(DocumentRow row, Annotation c, Codebook book) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("@context", CONTEXT);
        a.put("id", "urn:uuid:" + c.uuid());
        a.put("type", "Annotation");
        a.put("motivation", "classifying");
        Map<String, Object> creator = new LinkedHashMap<>(); // in this order on every run (Map.of's order changes between runs)
        creator.put("id", "urn:uuid:" + Guids.coder(c.coder()));
        creator.put("type", "Person");
        creator.put("name", c.coder());
        a.put("creator", creator);
        a.put("created", c.created().toString());
        a.put("modified", c.modified().toString());
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (Dimension d : book.dimensions()) {
            for (String value : c.codesOf(d.name())) {
                bodies.add(body(d.kind().takesCodes() ? (d.kind().word().equals("multi") ? "tagging" : "classifying")
                        : "describing", d.name() + ":" + value));
            }
        }
        if (c.memo() != null && !c.memo().isBlank()) {
            bodies.add(body("commenting", c.memo()));
        }
        if (!bodies.isEmpty()) {
            a.put("body", bodies);
        }
        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "TextPositionSelector");
        position.put("start", c.start());
        position.put("end", c.end());
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", c.quote());
        quote.put("prefix", c.prefix());
        quote.put("suffix", c.suffix());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("source", "urn:uuid:" + row.document().uuid());
        target.put("selector", List.of(position, quote));
        a.put("target", target);
        return a;
    }

    private static Map<String, Object> body(String purpose, String value) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("type", "TextualBody");
        b.put("purpose", purpose);
        b.put("value", value);
        b.put("format", "text/plain");
        return b;
    }
}
