package org.parley.core.export;

import java.sql.SQLException;
import java.util.List;
import org.parley.core.store.Corpus;
import org.parley.core.store.SearchIndex;
import org.parley.core.store.StorageException;

/** The documents an export's search selects; a search SQLite cannot parse is the user's to fix, in one line. */
final class SearchSelection {
    private static final int SQLITE_ERROR = 1;

    private SearchSelection() {
    }

    static List<Long> matching(Corpus corpus, String query) {
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

    /** SQLite's own words, "unterminated string" out of "[SQLITE_ERROR] SQL error or missing database (unterminated string)". */
    private static String reason(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int open = m.indexOf('(');
        String r = open >= 0 && m.endsWith(")") ? m.substring(open + 1, m.length() - 1) : m;
        return r.startsWith("fts5: ") ? r.substring("fts5: ".length()) : r;
    }
}
