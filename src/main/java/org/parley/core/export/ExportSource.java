package org.parley.core.export;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Codebook;
import org.parley.core.model.Document;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.SearchIndex;

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

    public ExportSource(Corpus corpus, Selection selection) {
        this(corpus, selection, null);
    }

    private ExportSource(Corpus corpus, Selection selection, List<Long> only) {
        this.corpus = corpus;
        this.selection = selection;
        this.only = only == null ? null : List.copyOf(only);
    }

    /** The same selection narrowed to {@code documentIds} (which may be empty: then nothing is selected). */
    public ExportSource restrictedTo(List<Long> documentIds) {
        return new ExportSource(corpus, selection, documentIds);
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
            List<Long> matching = new SearchIndex(corpus).search(selection.query(), Integer.MAX_VALUE).stream()
                    .map(SearchIndex.Hit::id).toList();
            ids.retainAll(matching);
        }
        if (only != null) {
            ids.retainAll(only);
        }
        ids.sort(null);
        return ids;
    }

    /** Streams every selected document with its selected claims. */
    public void forEach(DocumentSink sink) throws Exception {
        DocumentStore docs = new DocumentStore(corpus);
        for (long id : documentIds()) {
            Document d = docs.get(String.valueOf(id));
            sink.accept(new DocumentRow(d, claims(id)));
        }
    }

    /** The selected claims of one document, in text order. */
    public List<ClaimRow> claims(long documentId) {
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
        return corpus.read("read claims for export", c -> read(c, sql.toString(), documentId));
    }

    private List<ClaimRow> read(Connection c, String sql, long documentId) throws SQLException {
        List<ClaimRow> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
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
