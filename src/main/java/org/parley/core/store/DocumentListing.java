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

    /** What to list: {@code filter} matches title or source (substring, case-insensitive), null for all. */
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
     * SQLite's LIKE ignores case for ASCII only, so the filter is also tried in lower case, upper case and
     * with a capital first letter: "москва" finds "МОСКВА, 1 ноября" and "Москва".
     */
    private static final String MATCH = "(title LIKE ?1 OR source LIKE ?1 OR title LIKE ?2 OR source LIKE ?2"
            + " OR title LIKE ?3 OR source LIKE ?3 OR title LIKE ?4 OR source LIKE ?4)";

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
    }

    private final Corpus corpus;

    public DocumentListing(Corpus corpus) {
        this.corpus = corpus;
    }

    public List<DocumentSummary> page(Query q) {
        String where = (q.trash() ? "d.deleted IS NOT NULL" : "d.deleted IS NULL")
                + (q.filter() == null || q.filter().isBlank() ? "" : " AND " + MATCH.replace("title", "d.title").replace("source", "d.source"));
        String sql = """
                SELECT d.id, d.uuid, d.title, d.source, d.published, d.deleted IS NOT NULL,
                  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id AND a.deleted IS NULL) AS claims,
                  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id AND a.deleted IS NULL AND a.status = 'accepted'),
                  (SELECT count(*) FROM annotation a WHERE a.document_id = d.id AND a.deleted IS NULL AND a.status = 'suggested')
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
                                rs.getString(5), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(6)));
                    }
                }
            }
            return out;
        });
    }

    /** How many documents {@link #page} would list without paging. */
    public int count(String filter, boolean trash) {
        String where = (trash ? "deleted IS NOT NULL" : "deleted IS NULL")
                + (filter == null || filter.isBlank() ? "" : " AND " + MATCH);
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
