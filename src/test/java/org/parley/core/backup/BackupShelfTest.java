package org.parley.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;
import org.parley.core.store.Corpus;

class BackupShelfTest {
    @TempDir
    Path dir;

    @Test
    void oneDailyBackupADayRotatedAndListedNewestFirst() {
        Path corpus = Corpora.withDocuments(dir, 2);
        TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"), Duration.ZERO);
        BackupShelf shelf = BackupShelf.of(dir.resolve("backups"), corpus, clock, new Rotation(3, 0, 0));
        try (Corpus c = Corpus.open(corpus)) {
            for (int day = 0; day < 5; day++) {
                assertThat(shelf.dailyIfDue(c)).isPresent();
                clock.advance(Duration.ofHours(2));
                assertThat(shelf.dailyIfDue(c)).as("the second open of the day").isEmpty();
                clock.advance(Duration.ofHours(22));
            }
        }
        List<ShelvedBackup> kept = shelf.list();
        assertThat(kept).extracting(ShelvedBackup::taken).containsExactly(
                Instant.parse("2026-12-05T08:00:00Z"), Instant.parse("2026-12-04T08:00:00Z"), Instant.parse("2026-12-03T08:00:00Z"));
        assertThat(kept).allSatisfy(b -> {
            assertThat(b.kind()).isEqualTo(BackupKind.DAILY);
            assertThat(b.bytes()).isEqualTo(Files.size(b.file()));
            assertThat(CorpusDump.content(b.file())).isEqualTo(CorpusDump.content(corpus));
        });
        assertThat(shelf.folder().getParent()).isEqualTo(dir.resolve("backups"));
        assertThat(shelf.folder().getFileName().toString()).matches("test-[0-9a-f]{8}");
        assertThat(shelf.folder().resolve("corpus.txt")).hasContent(corpus.toAbsolutePath().toString());
    }

    @Test
    void corporaOfOneNameInTwoFoldersHaveTwoShelvesAndStrangersAreLeftAlone() throws Exception {
        Path a = BackupShelf.of(dir, Path.of("/one/corpus.parley"), Clock.systemUTC(), Rotation.DEFAULT).folder();
        Path b = BackupShelf.of(dir, Path.of("/two/corpus.parley"), Clock.systemUTC(), Rotation.DEFAULT).folder();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.getFileName().toString()).startsWith("corpus-");
        Files.createDirectories(a);
        Files.writeString(a.resolve("my-notes.parley"), "mine");
        Files.writeString(a.resolve("20261203T091530.000Z-unknown.parley"), "?");
        assertThat(BackupShelf.of(dir, Path.of("/one/corpus.parley"), Clock.systemUTC(), Rotation.DEFAULT).list()).isEmpty();
    }

    @Test
    void backupsBeforeAnImportAreKeptBesideTheDailyOnes() {
        Path corpus = Corpora.withDocuments(dir, 1);
        TestClock clock = new TestClock(Instant.parse("2026-12-01T08:00:00Z"), Duration.ZERO);
        BackupShelf shelf = BackupShelf.of(dir.resolve("backups"), corpus, clock, new Rotation(1, 0, 2));
        try (Corpus c = Corpus.open(corpus)) {
            shelf.dailyIfDue(c);
            for (int i = 0; i < 3; i++) {
                clock.advance(Duration.ofSeconds(60));
                shelf.take(c, BackupKind.BEFORE_CODEBOOK_IMPORT);
            }
            clock.advance(Duration.ofSeconds(60));
            shelf.take(c, BackupKind.BEFORE_MERGE);
        }
        assertThat(shelf.list()).extracting(ShelvedBackup::kind)
                .containsExactly(BackupKind.BEFORE_MERGE, BackupKind.BEFORE_CODEBOOK_IMPORT, BackupKind.DAILY);
        try (Corpus c = Corpus.open(corpus)) {
            assertThat(shelf.dailyIfDue(c)).as("backups before an import are not the day's").isEmpty();
        }
    }
}
