package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;

/** What Corpus does with files that are not a sound corpus: refuses them at once, and never changes them. */
class CorpusOpeningTest {
    @TempDir
    Path dir;

    @Test
    void aPipeIsRefusedAtOnceAndNotOpened() throws Exception {
        Path fifo = dir.resolve("pipe.parley");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).isZero();
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(() -> Corpus.open(fifo)).isInstanceOf(CorpusRefusedException.class)
                    .hasMessage(fifo + " is not a regular file (a pipe, device or socket): a corpus is a .parley file");
            assertThatThrownBy(() -> Corpus.openToRead(fifo)).isInstanceOf(CorpusRefusedException.class)
                    .hasMessageContaining("is not a regular file");
            assertThatThrownBy(() -> Corpus.create(fifo)).isInstanceOf(CorpusRefusedException.class);
        });
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void anotherApplicationsDatabaseIsNotChangedByBeingRefused() throws Exception {
        Path other = BadCorpusFiles.foreignDatabase(dir.resolve("app.sqlite"), 12345);
        String before = CorpusDump.bytes(other);
        assertThatThrownBy(() -> Corpus.open(other)).isInstanceOf(CorpusRefusedException.class).hasMessage("not a Parley corpus: " + other);
        assertThatThrownBy(() -> Corpus.openToRead(other)).isInstanceOf(CorpusRefusedException.class);
        assertThatThrownBy(() -> Corpus.create(other)).isInstanceOf(CorpusRefusedException.class);
        assertThat(CorpusDump.bytes(other)).isEqualTo(before); // header bytes 18-19 still say "rollback journal"
    }

    @Test
    void parleyTablesWithoutAVersionAreADamagedCorpus() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
        }
        String before = CorpusDump.bytes(f);
        assertThatThrownBy(() -> Corpus.open(f)).isInstanceOf(CorpusDamagedException.class)
                .hasMessage(f + ": the corpus is damaged — restore a backup or run `parley repair --corpus " + f + " --out NEW`");
        assertThat(CorpusDump.bytes(f)).isEqualTo(before);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 1");
            s.execute("PRAGMA application_id = 0");
        }
        assertThatThrownBy(() -> Corpus.openToRead(f)).as("Parley's tables without Parley's mark").isInstanceOf(CorpusDamagedException.class);
    }

    @Test
    void overwrittenPagesAreFoundWhenTheCorpusIsOpenedToWrite() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        BadCorpusFiles.overwriteDocumentPages(f, 5);
        String before = CorpusDump.bytes(f);
        assertThatThrownBy(() -> Corpus.open(f)).isInstanceOf(CorpusDamagedException.class);
        assertThat(CorpusDump.bytes(f)).isEqualTo(before);
    }

    @Test
    void aDamagedPageMetLaterStopsEveryWrite() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        BadCorpusFiles.overwriteDocumentPages(f, 5);
        try (Corpus c = Corpus.open(f, Clock.systemUTC(), LockWait.DEFAULT, false)) {
            assertThatThrownBy(() -> new DocumentListing(c).page(new DocumentListing.Query(null, DocumentListing.Sort.ID, false, 0, 1000)))
                    .isInstanceOf(CorpusDamagedException.class);
            String before = CorpusDump.bytes(f);
            assertThatThrownBy(() -> TestCorpus.addText(c, "new", "a new text")).isInstanceOf(CorpusDamagedException.class);
            assertThat(CorpusDump.bytes(f)).isEqualTo(before);
        }
    }

    @Test
    void aCorpusCutShortIsDamagedNotForeign() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        BadCorpusFiles.truncate(f, 0.5);
        assertThatThrownBy(() -> Corpus.open(f)).isInstanceOf(CorpusDamagedException.class);
        assertThatThrownBy(() -> Corpus.openToRead(f)).isInstanceOf(CorpusDamagedException.class);
        Path tiny = dir.resolve("tiny.parley");
        Files.write(tiny, Files.readAllBytes(f), java.nio.file.StandardOpenOption.CREATE_NEW);
        BadCorpusFiles.truncate(tiny, 60.0 / Files.size(tiny));
        assertThatThrownBy(() -> Corpus.open(tiny)).isInstanceOf(CorpusDamagedException.class);
    }

    @Test
    void anEmptyFileIsBlankAndCreateMakesItACorpusWhileOpenRefusesIt() throws Exception {
        Path f = Files.createFile(dir.resolve("empty.parley"));
        assertThat(Corpus.isBlank(f)).isTrue();
        assertThatThrownBy(() -> Corpus.open(f)).isInstanceOf(CorpusRefusedException.class).hasMessageContaining("is empty");
        assertThat(Files.size(f)).isZero();
        Corpus.create(f).close();
        assertThat(Corpus.isBlank(f)).isFalse();
        try (Corpus c = Corpus.open(f)) {
            assertThat(c.schemaVersion()).isEqualTo(Migrations.latest());
        }
    }

    @Test
    void aCorpusOpenedToReadCannotWriteAndNeedsNoWritePermission() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        String before = CorpusDump.bytes(f);
        try (Corpus c = Corpus.openToRead(f)) {
            assertThat(new DocumentStore(c).count()).isEqualTo(BadCorpusFiles.DOCUMENTS);
            assertThatThrownBy(() -> TestCorpus.addText(c, "new", "a new text")).isInstanceOf(IllegalStateException.class);
        }
        assertThat(CorpusDump.bytes(f)).isEqualTo(before);
    }
}
