package org.parley.core.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages of the document list with claim counts, filtered and sorted in SQL so a corpus of 100,000
 * documents lists as fast as one of ten.
 */
public final class DocumentListing {
    /** Sort orders a user can pick. */
    public enum Sort {
        ID("d.id"), TITLE("d.title COLLATE NOCASE, d.id"), DATE("d.published, d.id"), SOURCE("d.source COLLATE NOCASE, d.id"),
        CLAIMS("claims DESC, d.id");

        final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    /** What to list: {@code filter} matches title or source (substring, any case) or words of the text; null for all. */
    public record Query(String filter, Sort sort, boolean trash, int offset, int limit) {
        public Query {
            if (offset < 0 || limit < 1) {
                throw new IllegalArgumentException("offset must be >= 0 and limit >= 1");
            }
            sort = sort == null ? Sort.ID : sort;
        }

        public static Query all() {
            return new Query(null, Sort.ID, false, 0, Integer.MAX_VALUE);
        }
    }

    /**
     * A document matches the filter when its title or source holds it, or its text holds its words. SQLite's
     * LIKE ignores case for ASCII only, so title and source are also tried in lower case, upper case and with
     * a capital first letter: "москва" finds "МОСКВА, 1 ноября" and "Москва". The text is searched through the
     * full-text index, the words as a phrase and the last one as a prefix, so the list narrows while a word is
     * being typed: "arms contr" finds "arms control" anywhere in a text.
     */
    private static String match(String filter, String table) {
        String like = "(%1$stitle LIKE ?1 OR %1$ssource LIKE ?1 OR %1$stitle LIKE ?2 OR %1$ssource LIKE ?2"
                + " OR %1$stitle LIKE ?3 OR %1$ssource LIKE ?3 OR %1$stitle LIKE ?4 OR %1$ssource LIKE ?4";
        String text = textQuery(filter) == null ? "" : " OR %1$sid IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?5)";
        return (like + text + ")").formatted(table);
    }

    /** The filter as an FTS5 phrase whose last word is a prefix, or null when it holds no word to search for. */
    static String textQuery(String filter) {
        String f = filter.strip();
        if (f.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return "\"" + f.replace("\"", "\"\"") + "\"" + (Character.isLetterOrDigit(f.codePointBefore(f.length())) ? "*" : "");
    }

    private static void bindFilter(PreparedStatement ps, String filter) throws java.sql.SQLException {
        String f = filter.strip().replace("%", "");
        java.util.Locale root = java.util.Locale.ROOT;
        String lower = f.toLowerCase(root);
        String capital = lower.isEmpty() ? lower : lower.substring(0, lower.offsetByCodePoints(0, 1)).toUpperCase(root)
                + lower.substring(lower.offsetByCodePoints(0, 1));
        ps.setString(1, "%" + f + "%");
        ps.setString(2, "%" + lower + "%");
        ps.setString(3, "%" + f.toUpperCase(root) + "%");
        ps.setString(4, "%" + capital + "%");
        String text = textQuery(filter);
        if (text != null) {
            ps.setString(5, text);
        }
    }

    private final Corpus corpus;

    public DocumentListing(Corpus corpus) {
        this.corpus = corpus;
    }

    public List<DocumentSummary> page(Query q) {
        String where = (q.trash() ? "d.deleted IS NOT NULL" : "d.deleted IS NULL")
                + (q.filter() == null || q.filter().isBlank() ? "" : " AND " + match(q.filter(), "d."));
        String sql = """
                SELECT d.id, d.uuid, d.title, d.source, d.published, d.deleted IS NOT NULL,
                  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id AND a.deleted IS NULL) AS claims,
                  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id AND a.deleted IS NULL AND a.status = 'accepted'),
                  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id AND a.deleted IS NULL AND a.status = 'suggested'),
                  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id AND a.deleted IS NULL AND a.status = 'accepted'
                     AND EXISTS (SELECT 1 FROM annotation_code k WHERE k.annotation_id = a.id)
                     AND NOT EXISTS (SELECT 1 FROM dimension m WHERE m.deleted IS NULL AND m.kind = 'single'
                       AND NOT EXISTS (SELECT 1 FROM annotation_code k WHERE k.annotation_id = a.id AND k.dimension_id = m.id))),
                  d.language, d.place, d.file_name
                FROM document d WHERE %s ORDER BY %s LIMIT %d OFFSET %d""".formatted(where, q.sort().sql, q.limit(), q.offset());
        return corpus.read("list documents", c -> {
            List<DocumentSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (q.filter() != null && !q.filter().isBlank()) {
                    bindFilter(ps, q.filter());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new DocumentSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(6), rs.getInt(10),
                                rs.getString(11), rs.getString(12), rs.getString(13)));
                    }
                }
            }
            return out;
        });
    }

    /** How many documents {@link #page} would list without paging. */
    public int count(String filter, boolean trash) {
        String where = (trash ? "deleted IS NOT NULL" : "deleted IS NULL")
                + (filter == null || filter.isBlank() ? "" : " AND " + match(filter, ""));
        return corpus.read("count documents", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM document WHERE " + where)) {
                if (filter != null && !filter.isBlank()) {
                    bindFilter(ps, filter);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }
}
