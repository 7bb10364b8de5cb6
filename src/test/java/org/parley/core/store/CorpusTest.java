package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
    @TempDir
    Path dir;

    @Test
    void aNewCorpusIsMarkedAsParleysAndAtTheLatestVersion() throws Exception {
        Path f = dir.resolve("a.parley");
        Corpus.create(f).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            ResultSet rs = s.executeQuery("PRAGMA application_id");
            assertThat(rs.getInt(1)).isEqualTo(Corpus.APPLICATION_ID);
            rs = s.executeQuery("PRAGMA user_version");
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
            rs = s.executeQuery("PRAGMA journal_mode");
            assertThat(rs.getString(1)).isEqualTo("wal");
        }
        try (Corpus c = Corpus.open(f)) {
            assertThat(c.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void aVersionOneCorpusIsUpgradedWithItsDocumentsStillSearchable() throws Exception {
        Path f = dir.resolve("v1.parley");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            for (String sql : Migrations.statements(1)) {
                s.execute(sql);
            }
            s.execute("PRAGMA user_version = 1");
            s.execute("PRAGMA application_id = " + Corpus.APPLICATION_ID);
            s.execute("INSERT INTO document (id, uuid, title, text, length_cp, sha256, imported) VALUES (1, "
                    + "'0b8e5d2a-3c1f-4e6a-9d7b-2f4a6c8e0b1d', 'Old', 'Договор по открытому небу', 25, '" + "a".repeat(64)
                    + "', '2026-01-01T00:00:00Z')");
            s.execute("INSERT INTO document_fts (rowid, title, text) VALUES (1, 'Old', 'Договор по открытому небу')");
            s.execute("INSERT INTO audit (at, coder, action, entity, entity_uuid) VALUES ('2026-01-01T00:00:00Z', 'a', 'import', 'document', 'x')");
        }
        try (Corpus c = Corpus.open(f)) {
            assertThat(c.schemaVersion()).isEqualTo(Migrations.latest());
            assertThat(new SearchIndex(c).search("небу", 5)).extracting(SearchIndex.Hit::title).containsExactly("Old");
            assertThat(AuditLog.recent(c, 5)).hasSize(1);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("SELECT v FROM document_fts_config WHERE k = 'hashsize'").getInt(1)).isEqualTo(16 * 1024 * 1024);
            assertThat(s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'audit_entity'").getInt(1)).isZero();
        }
    }

    @Test
    void refusesAFileThatIsNotACorpus() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.parley"), "hello, this is text");
        assertThatThrownBy(() -> Corpus.open(text)).isInstanceOf(CorpusRefusedException.class)
                .hasMessage("not a Parley corpus: " + text);
        Path other = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x)");
        }
        assertThatThrownBy(() -> Corpus.open(other)).isInstanceOf(CorpusRefusedException.class)
                .hasMessage("not a Parley corpus: " + other);
        assertThat(Files.size(text)).isEqualTo(19);
    }

    @Test
    void refusesACorpusFromANewerParleyAndLeavesItAlone() throws Exception {
        Path f = dir.resolve("new.parley");
        Corpus.create(f).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Corpus.open(f)).isInstanceOf(CorpusRefusedException.class)
                .hasMessageContaining("newer Parley").hasMessageContaining("99");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            assertThat(s.executeQuery("PRAGMA user_version").getInt(1)).isEqualTo(99);
        }
    }

    @Test
    void refusesAMissingFileAndAReadOnlyFile() throws Exception {
        assertThatThrownBy(() -> Corpus.open(dir.resolve("missing.parley")))
                .isInstanceOf(CorpusRefusedException.class).hasMessageContaining("no corpus at");
        Path f = dir.resolve("ro.parley");
        Corpus.create(f).close();
        Files.setPosixFilePermissions(f, Set.of(PosixFilePermission.OWNER_READ));
        try {
            if (!Files.isWritable(f)) { // root can write anyway
                assertThatThrownBy(() -> Corpus.open(f)).isInstanceOf(CorpusRefusedException.class)
                        .hasMessageContaining("read-only");
            }
        } finally {
            Files.setPosixFilePermissions(f, Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        }
    }

    @Test
    void createRefusesToOverwrite() throws Exception {
        Path f = Files.writeString(dir.resolve("x.parley"), "keep me");
        assertThatThrownBy(() -> Corpus.create(f)).isInstanceOf(CorpusRefusedException.class);
        assertThat(Files.readString(f)).isEqualTo("keep me");
    }

    @Test
    void twoConnectionsOnOneCorpusBothWrite() {
        try (Corpus a = TestCorpus.create(dir); Corpus b = Corpus.open(dir.resolve("test.parley"))) {
            TestCorpus.addText(a, "one", "first text");
            TestCorpus.addText(b, "two", "second text");
            assertThat(new DocumentStore(a).count()).isEqualTo(2);
        }
    }

    @Test
    void aFailedWriteRollsBackEverything() {
        try (Corpus c = TestCorpus.create(dir)) {
            assertThatThrownBy(() -> c.write("test", conn -> {
                DocumentStore.insert(conn, c.now(), new NewDocument("text", org.parley.core.model.DocumentMeta.titled("t")), "x", true);
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(new DocumentStore(c).count()).isZero();
        }
    }

    @Test
    void backupMakesAnOpenableCopy() {
        Path copy = dir.resolve("backup.parley");
        try (Corpus c = TestCorpus.create(dir)) {
            TestCorpus.addText(c, "t", "some text");
            c.backupTo(copy);
        }
        try (Corpus b = Corpus.open(copy)) {
            assertThat(new DocumentStore(b).count()).isEqualTo(1);
        }
    }
}
