package org.parley.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;

/**
 * Changes to single codes made in the codebook editor: add, edit (name, colour, key, description,
 * aliases, parent), merge one code into another (recoding every claim), and delete. Each is one
 * durable transaction with its audit row and answers what its undo needs: {@link #edit} with the state
 * before, {@link #unmerge} with the {@link Merge} a merge answered, {@link #restore} after a delete.
 */
public final class CodebookEdits {
    /** A claim's code in one dimension, as a merge found it ({@code position} among that dimension's codes). */
    public record Coding(long annotationId, long dimensionId, int position) {
    }

    /**
     * What a merge did: claims whose {@code from} code became {@code into} ({@code recoded}), and claims
     * that already had {@code into}, whose {@code from} was dropped ({@code dropped}).
     */
    public record Merge(String fromUuid, String intoUuid, List<Coding> recoded, List<Coding> dropped) {
        public Merge {
            recoded = List.copyOf(recoded);
            dropped = List.copyOf(dropped);
        }

        public int claims() {
            return recoded.size() + dropped.size();
        }
    }

    private final Corpus corpus;

    public CodebookEdits(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Adds a code at the end of a code list; the codebook's rules (unique names, keys, aliases) are checked first. */
    public Code add(String listName, Code code, String coder) {
        return corpus.write("add code '" + code.name() + "'", c -> {
            Codebook book = CodebookStore.load(c);
            List<Code> list = book.codeLists().get(listName);
            if (list == null) {
                throw new IllegalArgumentException("no code list '" + listName + "' (lists: " + String.join(", ", book.codeLists().keySet()) + ")");
            }
            List<Code> grown = new ArrayList<>(list);
            grown.add(code);
            check(book, listName, grown);
            Instant now = corpus.now();
            mergeOne(c, listName, code);
            // a deleted code of the same name in the list is brought back (merging matches by name): under its own uuid
            String stored = exists(c, code.uuid()) ? code.uuid() : liveUuidByName(c, listName, code.name());
            AuditLog.record(c, now, coder, "add code", "code", stored, null, code);
            return find(c, stored);
        });
    }

    /** Replaces a code's name, colour, key, description, aliases and parent with those of {@code edited} (by uuid). */
    public Code edit(Code edited, String coder) {
        return corpus.write("change code '" + edited.name() + "'", c -> {
            Code before = find(c, edited.uuid());
            String listName = listOf(c, edited.uuid());
            Codebook book = CodebookStore.load(c);
            List<Code> changed = new ArrayList<>();
            for (Code k : book.codeLists().get(listName)) {
                changed.add(k.uuid().equals(edited.uuid()) ? edited : k);
            }
            check(book, listName, changed);
            mergeOne(c, listName, edited);
            if (edited.parentUuid() == null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE code SET parent_id = NULL WHERE uuid = ?")) {
                    ps.setString(1, edited.uuid());
                    ps.executeUpdate();
                }
            }
            AuditLog.record(c, corpus.now(), coder, "change code", "code", edited.uuid(), before, edited);
            return find(c, edited.uuid());
        });
    }

    /** Recodes every claim coded {@code fromUuid} to {@code intoUuid} (same code list) and removes {@code fromUuid}. */
    public Merge merge(String fromUuid, String intoUuid, String coder) {
        return corpus.write("merge codes", c -> {
            Code from = find(c, fromUuid);
            Code into = find(c, intoUuid);
            if (fromUuid.equals(intoUuid)) {
                throw new IllegalArgumentException("cannot merge '" + from.name() + "' into itself");
            }
            if (!listOf(c, fromUuid).equals(listOf(c, intoUuid))) {
                throw new IllegalArgumentException("'" + from.name() + "' and '" + into.name() + "' are in different code lists");
            }
            List<Coding> recoded = new ArrayList<>();
            List<Coding> dropped = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT ac.annotation_id, ac.dimension_id, ac.position,
                      EXISTS (SELECT 1 FROM annotation_code o WHERE o.annotation_id = ac.annotation_id
                              AND o.dimension_id = ac.dimension_id AND o.code_id = ?)
                    FROM annotation_code ac WHERE ac.code_id = ?""")) {
                ps.setLong(1, into.id());
                ps.setLong(2, from.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Coding k = new Coding(rs.getLong(1), rs.getLong(2), rs.getInt(3));
                        (rs.getBoolean(4) ? dropped : recoded).add(k);
                    }
                }
            }
            try (PreparedStatement drop = c.prepareStatement(
                    "DELETE FROM annotation_code WHERE annotation_id = ? AND dimension_id = ? AND code_id = ?");
                 PreparedStatement move = c.prepareStatement(
                         "UPDATE annotation_code SET code_id = ? WHERE annotation_id = ? AND dimension_id = ? AND code_id = ?")) {
                for (Coding k : dropped) {
                    drop.setLong(1, k.annotationId());
                    drop.setLong(2, k.dimensionId());
                    drop.setLong(3, from.id());
                    drop.executeUpdate();
                }
                for (Coding k : recoded) {
                    move.setLong(1, into.id());
                    move.setLong(2, k.annotationId());
                    move.setLong(3, k.dimensionId());
                    move.setLong(4, from.id());
                    move.executeUpdate();
                }
            }
            setDeleted(c, from.id(), corpus.now());
            Merge m = new Merge(fromUuid, intoUuid, recoded, dropped);
            AuditLog.record(c, corpus.now(), coder, "merge codes", "code", fromUuid, from,
                    Map.of("into", into.name(), "claims", m.claims()));
            return m;
        });
    }

    /** Undoes a merge: the removed code comes back and exactly the claims it had get it again. */
    public void unmerge(Merge m, String coder) {
        corpus.write("undo merge of codes", c -> {
            setDeleted(c, idOf(c, m.fromUuid()), null);
            Code from = find(c, m.fromUuid());
            Code into = find(c, m.intoUuid());
            try (PreparedStatement move = c.prepareStatement(
                    "UPDATE annotation_code SET code_id = ? WHERE annotation_id = ? AND dimension_id = ? AND code_id = ?");
                 PreparedStatement insert = c.prepareStatement(
                         "INSERT INTO annotation_code (annotation_id, dimension_id, code_id, position) VALUES (?,?,?,?)")) {
                for (Coding k : m.recoded()) {
                    move.setLong(1, from.id());
                    move.setLong(2, k.annotationId());
                    move.setLong(3, k.dimensionId());
                    move.setLong(4, into.id());
                    move.executeUpdate();
                }
                for (Coding k : m.dropped()) {
                    insert.setLong(1, k.annotationId());
                    insert.setLong(2, k.dimensionId());
                    insert.setLong(3, from.id());
                    insert.setInt(4, k.position());
                    insert.executeUpdate();
                }
            }
            AuditLog.record(c, corpus.now(), coder, "undo merge of codes", "code", m.fromUuid(), null, from);
            return null;
        });
    }

    /** How many claims (in the trash or not) carry the code. */
    public int uses(String uuid) {
        return corpus.read("count uses of a code", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(DISTINCT annotation_id) FROM annotation_code WHERE code_id = ?")) {
                ps.setLong(1, idOf(c, uuid));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /** Removes a code no claim uses (a used code is merged into another instead, see {@link #merge}). */
    public void delete(String uuid, String coder) {
        corpus.write("delete code", c -> {
            Code code = find(c, uuid);
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM annotation_code WHERE code_id = ?")) {
                ps.setLong(1, code.id());
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.next() ? rs.getInt(1) : 0;
                    if (n > 0) {
                        throw new IllegalArgumentException("code '" + code.name() + "' is used by " + n
                                + " claims: choose a code to recode them to (merge) instead");
                    }
                }
            }
            setDeleted(c, code.id(), corpus.now());
            AuditLog.record(c, corpus.now(), coder, "delete code", "code", uuid, code, null);
            return null;
        });
    }

    /** Brings back a deleted code (the undo of {@link #delete}). */
    public void restore(String uuid, String coder) {
        corpus.write("restore code", c -> {
            setDeleted(c, idOf(c, uuid), null);
            AuditLog.record(c, corpus.now(), coder, "restore code", "code", uuid, null, null);
            return null;
        });
    }

    private static void check(Codebook book, String listName, List<Code> list) {
        Map<String, List<Code>> lists = new LinkedHashMap<>(book.codeLists());
        lists.put(listName, list);
        new Codebook(book.name(), book.description(), book.dimensions(), lists);
    }

    private static void mergeOne(Connection c, String listName, Code code) throws SQLException {
        CodebookStore.mergeCodesInto(c, listName, List.of(code.parentUuid() == null ? code
                : new Code(code.id(), code.uuid(), code.name(), code.colour(), code.key(), code.description(), code.aliases(), null,
                        code.value())));
        if (code.parentUuid() != null) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE code SET parent_id = (SELECT id FROM code WHERE uuid = ?) WHERE uuid = ?")) {
                ps.setString(1, code.parentUuid());
                ps.setString(2, code.uuid());
                ps.executeUpdate();
            }
        }
    }

    private static void setDeleted(Connection c, long id, Instant when) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE code SET deleted = ? WHERE id = ?")) {
            ps.setString(1, when == null ? null : when.toString());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static boolean exists(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM code WHERE uuid = ? AND deleted IS NULL")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String liveUuidByName(Connection c, String listName, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT k.uuid FROM code k JOIN code_list l ON l.id = k.code_list_id"
                + " WHERE l.name = ? AND k.name = ? COLLATE NOCASE AND k.deleted IS NULL")) {
            ps.setString(1, listName);
            ps.setString(2, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("code '" + name + "' was not stored in '" + listName + "'");
                }
                return rs.getString(1);
            }
        }
    }

    private static long idOf(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM code WHERE uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no code " + uuid);
                }
                return rs.getLong(1);
            }
        }
    }

    private static String listOf(Connection c, String uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT l.name FROM code k JOIN code_list l ON l.id = k.code_list_id WHERE k.uuid = ?")) {
            ps.setString(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("no code " + uuid);
                }
                return rs.getString(1);
            }
        }
    }

    private static Code find(Connection c, String uuid) throws SQLException {
        long id = idOf(c, uuid);
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT k.uuid, k.name, k.colour, k.key, k.description, p.uuid, k.value FROM code k
                LEFT JOIN code p ON p.id = k.parent_id WHERE k.id = ?""")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                List<String> aliases = new ArrayList<>();
                try (PreparedStatement a = c.prepareStatement("SELECT alias FROM code_alias WHERE code_id = ? ORDER BY position")) {
                    a.setLong(1, id);
                    try (ResultSet ra = a.executeQuery()) {
                        while (ra.next()) {
                            aliases.add(ra.getString(1));
                        }
                    }
                }
                double number = rs.getDouble(7);
                Double value = rs.wasNull() ? null : number; // read now: wasNull tells of the last column read
                return new Code(id, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        aliases, rs.getString(6), value);
            }
        }
    }
}
