package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Copies one table's rows from a damaged corpus, in rowid order, skipping what cannot be read. A damaged page ends a
 * scan; the next readable row beyond it is found by seeking ever further rowids (1, 2, 4 ... past the last row read),
 * and each rowid in between is then read on its own, so that rows on sound pages there are saved too. A rowid whose
 * read fails, or whose row the new corpus refuses, counts as lost.
 */
final class RowSalvage {
    /** The most rowids read one by one across one damaged stretch. */
    static final long MAX_GAP = 1_000_000;
    /** Where no readable row follows, the run of failed single reads after which the table is taken to have ended. */
    static final int MAX_MISSES = 256;

    private final Connection from;
    private final String table;
    private final List<String> columns;
    private final PreparedStatement insert;
    long saved;
    long lost;

    RowSalvage(Connection from, Connection to, String table, List<String> columns) throws SQLException {
        this.from = from;
        this.table = table;
        this.columns = columns;
        this.insert = to.prepareStatement("INSERT INTO " + quote(table) + " (rowid, " + String.join(", ", columns.stream().map(RowSalvage::quote).toList())
                + ") VALUES (?" + ", ?".repeat(columns.size()) + ")");
    }

    /** Copies the table's rows (rowids above 0, as every Parley table has). */
    void run() throws SQLException {
        long last = 0;
        while (true) {
            Long stopped = scanAfter(last);
            if (stopped == null) {
                return;
            }
            Long next = nextReadable(stopped);
            if (next == null) {
                readOneByOne(stopped, Long.MAX_VALUE, true);
                return;
            }
            readOneByOne(stopped, next + 1, false); // the row found beyond the damage, too: its own values may be unreadable
            last = next;
        }
    }

    /** Copies rows after {@code last} until the end (null) or a read fails (the last rowid copied). */
    private Long scanAfter(long last) throws SQLException {
        try (PreparedStatement ps = from.prepareStatement("SELECT rowid, " + columnList() + " FROM " + quote(table)
                + " WHERE rowid > ? ORDER BY rowid")) {
            ps.setLong(1, last);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long rowid = rs.getLong(1);
                    copy(rs, rowid);
                    last = rowid;
                }
                return null;
            }
        } catch (SQLException e) {
            if (!unreadable(e)) {
                throw e;
            }
            return last;
        }
    }

    /** The first rowid beyond the damage after {@code last} whose page can be reached, or null when there is none. */
    private Long nextReadable(long last) throws SQLException {
        for (long step = 1; step > 0 && last + step > last; step *= 2) {
            try (PreparedStatement ps = from.prepareStatement("SELECT rowid FROM " + quote(table) + " WHERE rowid >= ? ORDER BY rowid LIMIT 1")) {
                ps.setLong(1, last + step);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getLong(1);
                    }
                    // nothing from here on: what lies between is read one by one, up to here
                    return step == 1 ? null : last + step;
                }
            } catch (SQLException e) {
                if (!unreadable(e)) {
                    throw e;
                }
            }
        }
        return null;
    }

    /** Reads rowids in (after, before) one at a time; with {@code open}, until {@link #MAX_MISSES} in a row fail. */
    private void readOneByOne(long after, long before, boolean open) throws SQLException {
        String sql = "SELECT rowid, " + columnList() + " FROM " + quote(table) + " WHERE rowid = ?";
        int misses = 0;
        PreparedStatement ps = from.prepareStatement(sql);
        try {
            for (long rowid = after + 1; rowid < before && rowid - after <= MAX_GAP; rowid++) {
                if (open && misses >= MAX_MISSES) {
                    break;
                }
                ps.setLong(1, rowid);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        copy(rs, rowid);
                        misses = 0;
                    } else {
                        misses++;
                    }
                } catch (SQLException e) {
                    if (!unreadable(e)) {
                        throw e;
                    }
                    lost++;
                    misses++;
                    ps.close(); // the driver closes a statement whose step failed: a new one for the next rowid
                    ps = from.prepareStatement(sql);
                }
            }
        } finally {
            ps.close();
        }
    }

    private void copy(ResultSet rs, long rowid) throws SQLException {
        Object[] values = new Object[columns.size()];
        try {
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getObject(i + 2);
            }
        } catch (SQLException e) {
            if (!unreadable(e)) {
                throw e;
            }
            lost++;
            return;
        }
        insert.setLong(1, rowid);
        for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 2, values[i]);
        }
        try {
            insert.executeUpdate();
            saved++;
        } catch (SQLException e) {
            lost++; // a damaged value the schema refuses (a CHECK, a duplicate)
        }
    }

    /** A failure to read the damaged file, as opposed to a fault of the copy. */
    static boolean unreadable(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_CORRUPT") || m.contains("malformed") || m.contains("SQLITE_NOTADB")
                || m.contains("not a database") || m.contains("SQLITE_IOERR");
    }

    private String columnList() {
        return String.join(", ", columns.stream().map(RowSalvage::quote).toList());
    }

    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
