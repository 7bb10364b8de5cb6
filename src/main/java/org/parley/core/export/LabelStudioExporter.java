package org.parley.core.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Annotation;

/**
 * {@code label-studio}: a JSON array of Label Studio tasks, one per document: {@code data} (text, id,
 * uuid, title) and one annotation per coder (its name in {@code parley_coder}, since Label
 * Studio's {@code completed_by} is a user id of its own server) whose {@code result} holds a {@code labels} region per claim
 * ({@code value.start}, {@code value.end}, {@code value.text}, {@code value.labels}), for a labelling
 * config with {@code <Labels name="label" toName="text">} and {@code <Text name="text" value="$text"/>}.
 * Offsets are code points, like every Parley export; Label Studio's editor counts JavaScript string
 * positions (UTF-16), which differ only after a character outside the Basic Multilingual Plane (emoji,
 * flags); {@code value.text} carries the quote so such a shift can be detected (docs/formats.md).
 */
public final class LabelStudioExporter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        Labels labels = Labels.of(source.codebook(), source.selection().label());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = DatasetJson.FACTORY.createGenerator(os, JsonEncoding.UTF8)) {
            g.writeStartArray();
            source.forEach(row -> {
                g.writeRaw('\n');
                g.writeStartObject();
                g.writeNumberField("id", row.document().id());
                g.writeObjectFieldStart("data");
                g.writeStringField("text", row.document().text());
                g.writeNumberField("parley_id", row.document().id());
                g.writeStringField("uuid", row.document().uuid());
                g.writeStringField("title", row.document().title());
                g.writeEndObject();
                g.writeArrayFieldStart("annotations");
                for (Map.Entry<String, List<Annotation>> byCoder : byCoder(row.claims()).entrySet()) {
                    g.writeStartObject();
                    g.writeStringField("parley_coder", byCoder.getKey());
                    g.writeArrayFieldStart("result");
                    for (Annotation c : byCoder.getValue()) {
                        g.writeStartObject();
                        g.writeStringField("id", c.uuid());
                        g.writeStringField("from_name", "label");
                        g.writeStringField("to_name", "text");
                        g.writeStringField("type", "labels");
                        g.writeObjectFieldStart("value");
                        g.writeNumberField("start", c.start());
                        g.writeNumberField("end", c.end());
                        g.writeStringField("text", c.quote());
                        g.writeArrayFieldStart("labels");
                        for (String l : labels.all(c)) {
                            g.writeString(l);
                        }
                        g.writeEndArray();
                        g.writeEndObject();
                        if (!c.memo().isEmpty()) {
                            g.writeObjectFieldStart("meta");
                            g.writeArrayFieldStart("text");
                            g.writeString(c.memo());
                            g.writeEndArray();
                            g.writeEndObject();
                        }
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            });
            g.writeRaw('\n');
            g.writeEndArray();
            g.writeRaw('\n');
        }
        return Written.file(out);
    }

    private static Map<String, List<Annotation>> byCoder(List<Annotation> claims) {
        Map<String, List<Annotation>> out = new LinkedHashMap<>();
        for (Annotation c : claims) {
            out.computeIfAbsent(c.coder(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
