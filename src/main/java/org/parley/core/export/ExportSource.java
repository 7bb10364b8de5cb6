package org.parley.core.export;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Codebook;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.SearchIndex;
import org.parley.core.store.StorageException;

/**
 * The one row model all exports read: the selected documents, one at a time with their claims, so an
 * export of a million claims holds one document in memory, not the corpus.
 */
public final class ExportSource {
    /** Receives each document in id order. */
    @FunctionalInterface
    public interface DocumentSink {
        void accept(DocumentRow row) throws Exception;
    }

    private final Corpus corpus;
    private final Selection selection;
    /** When not null, only these documents of the selection (one part of a train/dev/test split). */
    private final List<Long> only;
    /** When not null, counts each document read and stops the export once cancelled. */
    private final ExportWatch watch;

    public ExportSource(Corpus corpus, Selection selection) {
        this(corpus, selection, null, null);
    }

    private ExportSource(Corpus corpus, Selection selection, List<Long> only, ExportWatch watch) {
        this.corpus = corpus;
        this.selection = selection;
        this.only = only == null ? null : List.copyOf(only);
        this.watch = watch;
    }

    /** The same selection narrowed to {@code documentIds} (which may be empty: then nothing is selected). */
    public ExportSource restrictedTo(List<Long> documentIds) {
        return new ExportSource(corpus, selection, documentIds, watch);
    }

    /** The same selection, reporting each document read to {@code watch} and stopping when it is cancelled. */
    public ExportSource watchedBy(ExportWatch watch) {
        return new ExportSource(corpus, selection, only, watch);
    }

    public Selection selection() {
        return selection;
    }

    public Codebook codebook() {
        return new CodebookStore(corpus).load();
    }

    /** The ids of the selected documents (not in the trash), ascending. */
    public List<Long> documentIds() {
        List<Long> ids = new ArrayList<>();
        if (!selection.docs().isEmpty()) {
            DocumentStore store = new DocumentStore(corpus);
            for (String ref : selection.docs()) {
                Document d = store.find(ref).orElseThrow(() -> new IllegalArgumentException("no document " + ref + " in " + corpus.file()));
                if (!d.inTrash() && !ids.contains(d.id())) {
                    ids.add(d.id());
                }
            }
        } else {
            ids.addAll(corpus.read("select documents", c -> {
                List<Long> all = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM document WHERE deleted IS NULL ORDER BY id");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        all.add(rs.getLong(1));
                    }
                }
                return all;
            }));
        }
        if (selection.query() != null) {
            ids.retainAll(matching(selection.query()));
        }
        if (only != null) {
            ids.retainAll(only);
        }
        ids.sort(null);
        return ids;
    }

    /** The documents matching an FTS5 search; a search SQLite cannot parse is the user's to fix, in one line. */
    private List<Long> matching(String query) {
        try {
            return new SearchIndex(corpus).search(query, Integer.MAX_VALUE).stream().map(SearchIndex.Hit::id).toList();
        } catch (IllegalArgumentException | StorageException e) {
            if (e.getCause() instanceof SQLException sql && sql.getErrorCode() == SQLITE_ERROR
                    && !String.valueOf(sql.getMessage()).contains("no such table")) {
                throw new IllegalArgumentException("the search query is not valid: " + reason(sql) + " (query: " + query.strip() + ")", e);
            }
            throw e;
        }
    }

    private static final int SQLITE_ERROR = 1;

    /** SQLite's own words, "unterminated string" out of "[SQLITE_ERROR] SQL error or missing database (unterminated string)". */
    private static String reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int open = m.indexOf('(');
        String r = open >= 0 && m.endsWith(")") ? m.substring(open + 1, m.length() - 1) : m;
        return r.startsWith("fts5: ") ? r.substring("fts5: ".length()) : r;
    }

    /** Documents read per read transaction, so a long export never keeps other work off the corpus for long. */
    static final int CHUNK = 64;

    /**
     * Streams every selected document with its selected claims, one document in memory at a time. The
     * documents are read in chunks, each chunk one read transaction with its statements prepared once.
     */
    public void forEach(DocumentSink sink) throws Exception {
        List<Long> ids = documentIds();
        String claimSql = claimSql();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Exception failed = corpus.read("read documents for export", c -> {
                try (PreparedStatement doc = c.prepareStatement(DOCUMENT_SQL);
                     PreparedStatement fields = c.prepareStatement("SELECT name, value FROM document_field WHERE document_id = ?");
                     PreparedStatement claims = c.prepareStatement(claimSql)) {
                    for (long id : chunk) {
                        try {
                            if (watch != null) {
                                watch.beforeDocument();
                            }
                            DocumentRow row = new DocumentRow(document(doc, fields, id), read(claims, id));
                            sink.accept(row);
                            if (watch != null) {
                                watch.afterDocument(row);
                            }
                        } catch (SQLException e) {
                            throw e;
                        } catch (Exception e) {
                            return e;
                        }
                    }
                }
                return null;
            });
            if (failed != null) {
                throw failed;
            }
        }
    }

    private static final String DOCUMENT_SQL = """
            SELECT id, uuid, text, sha256, title, source, author, url, published, place, language, file_name,
                   file_sha256, encoding, imported, deleted FROM document WHERE id = ?""";

    private static Document document(PreparedStatement ps, PreparedStatement fields, long id) throws SQLException {
        ps.setLong(1, id);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                throw new IllegalStateException("document " + id + " vanished during the export");
            }
            Map<String, String> extra = new LinkedHashMap<>();
            fields.setLong(1, id);
            try (ResultSet f = fields.executeQuery()) {
                while (f.next()) {
                    extra.put(f.getString(1), f.getString(2));
                }
            }
            DocumentMeta meta = new DocumentMeta(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                    PartialDate.parseOrNull(rs.getString(9)), rs.getString(10), rs.getString(11), rs.getString(12),
                    rs.getString(13), rs.getString(14), extra);
            String deleted = rs.getString(16);
            return new Document(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), meta,
                    Instant.parse(rs.getString(15)), deleted == null ? null : Instant.parse(deleted));
        }
    }

    /** The selected claims of one document, in text order. */
    public List<ClaimRow> claims(long documentId) {
        return corpus.read("read claims for export", c -> {
            try (PreparedStatement ps = c.prepareStatement(claimSql())) {
                return read(ps, documentId);
            }
        });
    }

    private String claimSql() {
        StringBuilder sql = new StringBuilder("""
                SELECT a.id, a.uuid, a.start_cp, a.end_cp, a.quote, a.prefix, a.suffix, a.memo, k.name, a.status,
                       a.created, a.modified, dm.name, coalesce(c.name, ac.text_value)
                FROM annotation a JOIN coder k ON k.id = a.coder_id
                LEFT JOIN annotation_code ac ON ac.annotation_id = a.id
                LEFT JOIN dimension dm ON dm.id = ac.dimension_id
                LEFT JOIN code c ON c.id = ac.code_id
                WHERE a.document_id = ? AND a.deleted IS NULL""");
        sql.append(selection.acceptedOnly() ? " AND a.status = 'accepted'" : "");
        if (!selection.coders().isEmpty()) {
            sql.append(" AND k.name IN (").append("?,".repeat(selection.coders().size() - 1)).append("?)");
        }
        sql.append(" ORDER BY a.start_cp, a.end_cp, a.id, dm.position, ac.position");
        return sql.toString();
    }

    private List<ClaimRow> read(PreparedStatement ps, long documentId) throws SQLException {
        List<ClaimRow> out = new ArrayList<>();
        ps.setLong(1, documentId);
        int i = 2;
        for (String coder : selection.coders()) {
            ps.setString(i++, coder);
        }
        try (ResultSet rs = ps.executeQuery()) {
            long current = -1;
            Object[] head = null;
            Map<String, List<String>> codes = null;
            while (rs.next()) {
                long id = rs.getLong(1);
                if (id != current) {
                    if (head != null) {
                        out.add(row(head, codes));
                    }
                    current = id;
                    head = new Object[] {id, rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12)};
                    codes = new LinkedHashMap<>();
                }
                String dim = rs.getString(13);
                if (dim != null) {
                    codes.computeIfAbsent(dim, k -> new ArrayList<>()).add(rs.getString(14));
                }
            }
            if (head != null) {
                out.add(row(head, codes));
            }
        }
        return out;
    }

    private static ClaimRow row(Object[] h, Map<String, List<String>> codes) {
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        codes.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new ClaimRow((Long) h[0], (String) h[1], (Integer) h[2], (Integer) h[3], (String) h[4], (String) h[5],
                (String) h[6], java.util.Collections.unmodifiableMap(frozen), (String) h[7], (String) h[8], (String) h[9],
                (String) h[10], (String) h[11]);
    }
}
