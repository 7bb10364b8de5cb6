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
                DocumentStore.insert(conn, c.now(), new NewDocument("text", org.parley.core.model.DocumentMeta.titled("t")), "x");
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
