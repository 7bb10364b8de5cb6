package org.parley.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Typed settings: the place left off is per corpus, a damaged file is kept aside, saving waits a second. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void thePlaceLeftOffIsRememberedPerCorpusFile() {
        Path file = dir.resolve("settings.properties");
        Settings s = Settings.load(file);
        Path a = dir.resolve("a.parley");
        Path b = dir.resolve("b.parley");
        s.placeIn(a, new Place(12, 340));
        s.placeIn(b, new Place(3, 0));
        s.save();
        Settings again = Settings.load(file);
        assertThat(again.placeIn(a)).contains(new Place(12, 340));
        assertThat(again.placeIn(dir.resolve("x/../b.parley"))).contains(new Place(3, 0));
        assertThat(again.placeIn(dir.resolve("c.parley"))).isEmpty();
    }

    @Test
    void aDamagedFileIsKeptAsideWithAMessageAndNeverOverwritten() throws Exception {
        Path file = dir.resolve("settings.properties");
        Files.writeString(file, "coder=Anna\ntheme=\\u00zz broken escape\n");
        Settings s = Settings.load(file);
        assertThat(s.problem()).hasValueSatisfying(m -> assertThat(m).contains(file.toString()).contains("kept as settings.properties.damaged-"));
        assertThat(s.hasCoderName()).isFalse();
        Path aside;
        try (var list = Files.list(dir)) {
            aside = list.filter(p -> p.getFileName().toString().startsWith("settings.properties.damaged-")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(aside)).contains("\\u00zz");
        s.coderName("Boris");
        s.save();
        assertThat(Files.readString(aside)).contains("coder=Anna");
        assertThat(Settings.load(file).coderName()).isEqualTo("Boris");
    }

    @Test
    void saveSoonWritesOnceASecondAfterTheLastChange() throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings s = Settings.load(file);
        s.darkTheme(true);
        s.saveSoon();
        assertThat(file).doesNotExist();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.exists(file) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertThat(Settings.load(file).darkTheme()).isTrue();
    }
}
