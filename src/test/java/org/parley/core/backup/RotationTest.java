package org.parley.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;

class RotationTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private static ShelvedBackup at(String localTime, BackupKind kind) {
        Instant t = LocalDateTime.parse(localTime).atZone(ZONE).toInstant();
        return new ShelvedBackup(Path.of(localTime + "-" + kind.word() + ".parley"), t, kind, 1);
    }

    private static List<String> kept(Rotation r, List<ShelvedBackup> all) {
        List<ShelvedBackup> keep = new ArrayList<>(all);
        keep.removeAll(r.toDelete(all, ZONE));
        return keep.stream().map(b -> b.file().toString().substring(0, 16)).sorted().toList();
    }

    @Test
    void sixtyDaysOfDailyBackupsKeepTheLastSevenDaysAndFourWeeks() {
        List<ShelvedBackup> all = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            all.add(at(LocalDateTime.parse("2026-10-01T09:00").plusDays(d).toString(), BackupKind.DAILY));
        }
        // 2026-11-29 is the last day, a Sunday: the last 7 days are 23-29 November (one week, W48); weeks W45-W47
        // keep their newest, the Sunday
        assertThat(kept(Rotation.DEFAULT, all)).containsExactly(
                "2026-11-08T09:00", "2026-11-15T09:00", "2026-11-22T09:00", "2026-11-23T09:00", "2026-11-24T09:00",
                "2026-11-25T09:00", "2026-11-26T09:00", "2026-11-27T09:00", "2026-11-28T09:00", "2026-11-29T09:00");
    }

    @Test
    void theDailyBackupsAreRotatedApartFromTheLastOnesBeforeAnImport() {
        List<ShelvedBackup> all = List.of(
                at("2026-12-02T08:00", BackupKind.DAILY),
                at("2026-12-03T08:00", BackupKind.DAILY),
                at("2026-12-03T10:00", BackupKind.BEFORE_CODEBOOK_IMPORT),
                at("2026-12-03T11:00", BackupKind.BEFORE_CODEBOOK_IMPORT),
                at("2026-12-03T12:00", BackupKind.BEFORE_MERGE),
                at("2026-12-03T13:00", BackupKind.BEFORE_CODEBOOK_IMPORT));
        assertThat(kept(new Rotation(7, 4, 2), all))
                .containsExactly("2026-12-02T08:00", "2026-12-03T08:00", "2026-12-03T12:00", "2026-12-03T13:00");
        assertThat(kept(new Rotation(1, 0, 0), all)).containsExactly("2026-12-03T08:00");
    }

    @Test
    void daysFollowTheLocalClockNotUtc() {
        // 00:30 in Berlin on 4 December is still 3 December in UTC
        List<ShelvedBackup> all = List.of(at("2026-12-03T20:00", BackupKind.DAILY), at("2026-12-04T00:30", BackupKind.DAILY));
        assertThat(kept(new Rotation(2, 0, 0), all)).hasSize(2);
    }

    @Test
    void theSettingsSetTheNumbersAndBadValuesFallBackToTheDefaults(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("settings.properties");
        assertThat(Rotation.from(Settings.load(file))).isEqualTo(Rotation.DEFAULT);
        java.nio.file.Files.writeString(file, Rotation.KEEP_DAILY + "=14\n" + Rotation.KEEP_WEEKLY + "= 8 \n" + Rotation.KEEP_BEFORE + "=lots\n");
        assertThat(Rotation.from(Settings.load(file))).isEqualTo(new Rotation(14, 8, 3));
        java.nio.file.Files.writeString(file, Rotation.KEEP_DAILY + "=0\n");
        assertThat(Rotation.from(Settings.load(file)).daily()).isEqualTo(7);
        assertThatThrownBy(() -> new Rotation(0, 4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
