package org.parley.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.parley.core.text.Offsets;

/**
 * A Parley {@code jsonl} dataset (what {@code parley export --format jsonl} writes): one document per
 * line whose record has a {@code claims} array. Documents keep their uuids and metadata; claims keep
 * uuid, offsets, codes, memo, coder and status. Each claim's {@code quote} must be the text its offsets
 * give, so a dataset whose offsets drifted is refused, not imported wrong. Codes must exist in the
 * target corpus's codebook (import the same codebook first).
 */
public final class DatasetImporter implements Importer {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One claim of a dataset record. Offsets in code points. */
    public record Claim(String uuid, Span span, Map<String, List<String>> codes, String memo, AnnotationStatus status,
                        String coder) {
    }

    /** One record: the document and its claims. */
    public record Entry(NewDocument document, List<Claim> claims) {
    }

    /**
     * A {@code .jsonl}/{@code .ndjson} file, or any file, whose first line opens a JSON object with a
     * {@code "claims"} key. Decided without parsing: a dataset with a broken line is still a dataset, refused by
     * {@link #entries} with the line and the reason, never handed on to be imported as articles or plain text.
     */
    @Override
    public boolean accepts(SourceFile file) {
        return TableContent.dataset(file.bytes());
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        return entries(file).stream().map(Entry::document).toList();
    }

    public List<Entry> entries(SourceFile file) throws ImportException {
        List<Entry> out = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = reader(file)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    out.add(entry(JSON.readTree(line)));
                }
            }
        } catch (IOException e) {
            throw new ImportException("line " + lineNo + ": not JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IllegalArgumentException e) {
            throw new ImportException("line " + lineNo + ": " + e.getMessage(), e);
        }
        if (out.isEmpty()) {
            throw new ImportException("the dataset has no records");
        }
        return out;
    }

    private static BufferedReader reader(SourceFile file) {
        return new BufferedReader(new StringReader(new String(file.bytes(), StandardCharsets.UTF_8)));
    }

    private static Entry entry(JsonNode rec) {
        if (!rec.path("text").isTextual() || !rec.path("claims").isArray()) {
            throw new IllegalArgumentException("a dataset record needs \"text\" and a \"claims\" array");
        }
        String text = rec.get("text").asText();
        Map<String, String> fields = new HashMap<>();
        rec.path("fields").fields().forEachRemaining(e -> fields.put(e.getKey(), e.getValue().asText()));
        DocumentMeta meta = new DocumentMeta(str(rec, "title"), str(rec, "source"), str(rec, "author"), str(rec, "url"),
                PartialDate.parseOrNull(str(rec, "published")), str(rec, "place"), str(rec, "language"),
                str(rec, "file_name"), null, "UTF-8", fields);
        NewDocument doc = new NewDocument(str(rec, "uuid"), text, meta);
        int length = text.codePointCount(0, text.length());
        List<Claim> claims = new ArrayList<>();
        for (JsonNode c : rec.get("claims")) {
            claims.add(claim(c, text, length));
        }
        return new Entry(doc, claims);
    }

    private static Claim claim(JsonNode c, String text, int length) {
        String uuid = str(c, "uuid");
        String name = "claim " + (uuid == null ? "" : uuid + " ");
        if (!c.path("start").canConvertToInt() || !c.path("end").canConvertToInt()) {
            throw new IllegalArgumentException(name + "needs whole-number \"start\" and \"end\"");
        }
        Span span = new Span(c.get("start").asInt(), c.get("end").asInt());
        if (span.end() > length) {
            throw new IllegalArgumentException(name + "[" + span.start() + ", " + span.end() + ") lies beyond the text ("
                    + length + " code points)");
        }
        String quote = str(c, "quote");
        if (quote != null && !quote.equals(Offsets.slice(text, span.start(), span.end()))) {
            throw new IllegalArgumentException(name + "quote does not match its offsets [" + span.start() + ", " + span.end()
                    + ") counted in code points");
        }
        Map<String, List<String>> codes = new LinkedHashMap<>();
        c.path("codes").fields().forEachRemaining(e -> {
            List<String> values = new ArrayList<>();
            e.getValue().forEach(v -> values.add(v.asText()));
            codes.put(e.getKey(), values);
        });
        String status = str(c, "status");
        String coder = str(c, "coder");
        return new Claim(uuid, span, codes, str(c, "memo"), status == null ? AnnotationStatus.ACCEPTED : AnnotationStatus.parse(status),
                coder == null ? "unknown" : coder);
    }

    private static String str(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Stores the claims of a record whose document was just added (or found already in the corpus)
     * inside the caller's transaction. A claim whose uuid the corpus already has is skipped, so importing
     * a dataset twice does not double its claims.
     */
    public static void storeClaims(Connection c, Instant now, DocumentStore.Added added, List<Claim> claims) throws SQLException {
        for (Claim claim : claims) {
            if (claim.uuid() != null && exists(c, claim.uuid())) {
                continue;
            }
            AnnotationStore.insert(c, now, new NewAnnotation(claim.uuid(), added.id(), claim.span(), claim.codes(),
                    claim.memo(), claim.status(), claim.coder()));
        }
    }

    private static boolean exists(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM annotation WHERE uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
