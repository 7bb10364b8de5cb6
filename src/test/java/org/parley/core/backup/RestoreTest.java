package org.parley.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.TestCorpus;

class RestoreTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T09:15:30Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private Path backupOf(Path corpus) {
        try (Corpus c = Corpus.open(corpus)) {
            return Backup.take(c, dir.resolve("backup.parley")).file();
        }
    }

    @Test
    void theReplacedFileIsKeptBesideItAndTheBackupTakesItsPlace() {
        Path corpus = Corpora.withDocuments(dir, 3);
        Path backup = backupOf(corpus);
        String backedUp = CorpusDump.content(backup);
        try (Corpus c = Corpus.open(corpus)) {
            TestCorpus.addText(c, "after the backup", "A text written after the backup.");
        }
        String before = CorpusDump.content(corpus);

        Restore.Result r = Restore.run(backup, corpus, CLOCK);

        assertThat(r.keptAs()).isEqualTo(dir.resolve("test.before-restore-20261203-101530.parley"));
        assertThat(CorpusDump.content(r.keptAs())).isEqualTo(before);
        assertThat(CorpusDump.content(corpus)).isEqualTo(backedUp);
        assertThat(Restore.keptName(corpus, CLOCK)).isEqualTo(dir.resolve("test.before-restore-20261203-101530-2.parley"));
        assertThat(leftovers()).isEmpty();
        assertThat(CorpusLock.side(corpus, "-journal")).doesNotExist();
        assertThat(CorpusLock.side(r.keptAs(), "-journal")).doesNotExist();
    }

    /**
     * A writer killed with its log not yet in the file leaves a {@code -wal}: it belongs to the replaced file
     * (kept, with all its claims) and must never be read with the restored one.
     */
    @Test
    void aStaleLogGoesWithTheReplacedFileNeverWithTheRestoredOne() throws Exception {
        Path corpus = Corpora.withDocuments(dir, 3);
        Path backup = backupOf(corpus);
        String backedUp = CorpusDump.content(backup);
        Process writer = Corpora.holding(dir, corpus, "write", "40");
        writer.destroyForcibly().waitFor();
        Path wal = CorpusLock.side(corpus, "-wal");
        assertThat(wal).exists();
        assertThat(Files.size(wal)).isGreaterThan(0);

        Restore.Result r = Restore.run(backup, corpus, CLOCK);

        assertThat(wal).doesNotExist();
        assertThat(CorpusLock.side(corpus, "-shm")).doesNotExist();
        assertThat(CorpusDump.content(corpus)).isEqualTo(backedUp);
        try (Corpus kept = Corpus.open(r.keptAs()); Corpus restored = Corpus.open(corpus)) {
            assertThat(new DocumentListing(kept).count("", false)).isEqualTo(43);
            assertThat(new DocumentListing(restored).count("", false)).isEqualTo(3);
            String check = kept.read("check", c -> {
                try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(check).isEqualTo("ok");
        }
    }

    @Test
    void refusedWhileAnotherProcessHasTheCorpusOpenAndDoneOnceItClosed() throws Exception {
        Path corpus = Corpora.withDocuments(dir, 2);
        Path backup = backupOf(corpus);
        Process holder = Corpora.holding(dir, corpus);
        String before = CorpusDump.bytes(corpus);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> Restore.run(backup, corpus, CLOCK))
                            .isInstanceOf(BackupFailedException.class)
                            .hasMessage(corpus + " is open in another Parley (or another program): close it there, then restore"));
            assertThat(CorpusDump.bytes(corpus)).isEqualTo(before);
            assertThat(leftovers()).isEmpty();
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(Restore.run(backup, corpus, CLOCK).keptAs()).exists();
    }

    @Test
    void refusedWhileThisProcessHasItOpen() {
        Path corpus = Corpora.withDocuments(dir, 1);
        Path backup = backupOf(corpus);
        try (Corpus open = Corpus.open(corpus)) {
            assertThatThrownBy(() -> Restore.run(backup, corpus, CLOCK)).hasMessageContaining("is open in another Parley");
            assertThat(new DocumentListing(open).count("", false)).isEqualTo(1);
        }
    }

    @Test
    void aDamagedCorpusIsReplacedAndKept() throws Exception {
        Path corpus = Corpora.withDocuments(dir, 2);
        Path backup = backupOf(corpus);
        byte[] garbage = new byte[(int) Files.size(corpus)];
        java.util.Arrays.fill(garbage, (byte) 0x5a);
        Files.write(corpus, garbage);

        Restore.Result r = Restore.run(backup, corpus, CLOCK);

        assertThat(Files.readAllBytes(r.keptAs())).isEqualTo(garbage);
        assertThat(CorpusDump.content(corpus)).isEqualTo(CorpusDump.content(backup));
    }

    @Test
    void aDamagedOrForeignBackupIsRefusedAndNothingChanges() throws Exception {
        Path corpus = Corpora.withDocuments(dir, 2);
        Path backup = backupOf(corpus);
        String before = CorpusDump.bytes(corpus);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(backup, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[4096 * 3]), 4096 * 2); // pages 3 to 5 zeroed
        }
        assertThatThrownBy(() -> Restore.run(backup, corpus, CLOCK)).isInstanceOf(BackupFailedException.class)
                .hasMessageStartingWith(backup + " is ");
        Path text = Files.writeString(dir.resolve("notes.txt"), "not a corpus");
        assertThatThrownBy(() -> Restore.run(text, corpus, CLOCK)).hasMessage(text + " is not a Parley corpus");
        assertThat(CorpusDump.bytes(corpus)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void onlyACorpusIsReplaced() throws Exception {
        Path corpus = Corpora.withDocuments(dir, 1);
        Path backup = backupOf(corpus);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes");
        assertThatThrownBy(() -> Restore.run(backup, notes, CLOCK)).hasMessage(notes + " is not a Parley corpus: Parley restores only over a corpus");
        assertThat(notes).hasContent("my notes");
        assertThatThrownBy(() -> Restore.run(backup, backup, CLOCK)).hasMessageContaining("is the corpus itself");
        Path fresh = dir.resolve("new.parley");
        assertThat(Restore.run(backup, fresh, CLOCK).keptAs()).isNull();
        assertThat(CorpusDump.content(fresh)).isEqualTo(CorpusDump.content(backup));
    }

    /** Hidden staging folders or copies left in the test folder. */
    private java.util.List<Path> leftovers() {
        try (Stream<Path> all = Files.list(dir)) {
            return all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
