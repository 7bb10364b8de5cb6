package org.parley.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The bare work the jsonl export is measured against: plain JDBC reading the same rows (documents,
 * their fields, accepted claims with coder and codes) in three ordered cursors merged by document, and
 * Jackson's streaming generator writing the same records. No model objects, no selection, no checks.
 */
final class ExportBaseline {
    private ExportBaseline() {
    }

    static void write(Path corpus, Path out) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.toAbsolutePath());
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
             JsonGenerator g = DatasetJson.lines(os);
             PreparedStatement dq = c.prepareStatement("""
                     SELECT id, uuid, title, source, author, url, published, place, language, file_name, text
                     FROM document WHERE deleted IS NULL ORDER BY id""");
             PreparedStatement fq = c.prepareStatement("SELECT document_id, name, value FROM document_field ORDER BY document_id, name");
             PreparedStatement aq = c.prepareStatement("""
                     SELECT a.document_id, a.id, a.uuid, a.start_cp, a.end_cp, a.quote, a.memo, k.name, a.status, a.created,
                            a.modified, dm.name, coalesce(cd.name, ac.text_value)
                     FROM annotation a JOIN coder k ON k.id = a.coder_id
                     LEFT JOIN annotation_code ac ON ac.annotation_id = a.id
                     LEFT JOIN dimension dm ON dm.id = ac.dimension_id
                     LEFT JOIN code cd ON cd.id = ac.code_id
                     WHERE a.deleted IS NULL AND a.status = 'accepted'
                     ORDER BY a.document_id, a.start_cp, a.end_cp, a.id, dm.position, ac.position""");
             ResultSet docs = dq.executeQuery();
             ResultSet fields = fq.executeQuery();
             ResultSet claims = aq.executeQuery()) {
            boolean moreFields = fields.next();
            boolean moreClaims = claims.next();
            while (docs.next()) {
                long id = docs.getLong(1);
                g.writeStartObject();
                g.writeNumberField("id", id);
                String[] names = {"uuid", "title", "source", "author", "url", "published", "place", "language", "file_name"};
                for (int i = 0; i < names.length; i++) {
                    g.writeStringField(names[i], docs.getString(i + 2));
                }
                g.writeObjectFieldStart("fields");
                while (moreFields && fields.getLong(1) <= id) {
                    if (fields.getLong(1) == id) {
                        g.writeStringField(fields.getString(2), fields.getString(3));
                    }
                    moreFields = fields.next();
                }
                g.writeEndObject();
                g.writeStringField("text", docs.getString(11));
                g.writeArrayFieldStart("claims");
                while (moreClaims && claims.getLong(1) < id) {
                    moreClaims = claims.next();
                }
                while (moreClaims && claims.getLong(1) == id) {
                    long claim = claims.getLong(2);
                    g.writeStartObject();
                    g.writeNumberField("id", claim);
                    g.writeStringField("uuid", claims.getString(3));
                    g.writeNumberField("start", claims.getInt(4));
                    g.writeNumberField("end", claims.getInt(5));
                    g.writeStringField("quote", claims.getString(6));
                    String memo = claims.getString(7);
                    String coder = claims.getString(8);
                    String status = claims.getString(9);
                    String created = claims.getString(10);
                    String modified = claims.getString(11);
                    g.writeObjectFieldStart("codes");
                    String dim = null;
                    while (moreClaims && claims.getLong(2) == claim) {
                        String d = claims.getString(12);
                        if (d != null) {
                            if (!d.equals(dim)) {
                                if (dim != null) {
                                    g.writeEndArray();
                                }
                                g.writeArrayFieldStart(d);
                                dim = d;
                            }
                            g.writeString(claims.getString(13));
                        }
                        moreClaims = claims.next();
                    }
                    if (dim != null) {
                        g.writeEndArray();
                    }
                    g.writeEndObject();
                    g.writeStringField("memo", memo);
                    g.writeStringField("coder", coder);
                    g.writeStringField("status", status);
                    g.writeStringField("created", created);
                    g.writeStringField("modified", modified);
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeRaw('\n');
        }
    }
}
