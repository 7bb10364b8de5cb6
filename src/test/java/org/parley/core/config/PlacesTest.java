package org.parley.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlacesTest {
    @Test
    void homeFromTheEnvironmentWinsOverThePasswordFile() {
        Places p = Places.of(Map.of("HOME", "/somewhere"), "Linux", "/root");
        assertThat(p.home()).isEqualTo(Path.of("/somewhere"));
        assertThat(p.dataFolder()).isEqualTo(Path.of("/somewhere/.local/share/parley"));
        assertThat(p.settingsFile()).isEqualTo(Path.of("/somewhere/.config/parley/settings.properties"));
        assertThat(p.cacheFolder()).isEqualTo(Path.of("/somewhere/.cache/parley"));
        assertThat(Places.of(Map.of("HOME", "/somewhere"), "Mac OS X", "/Users/x").dataFolder())
                .isEqualTo(Path.of("/somewhere/Library/Application Support/Parley"));
    }

    @Test
    void withoutHomeJavasUserHomeIsUsed() {
        assertThat(Places.of(Map.of(), "Linux", "/home/ann").dataFolder()).isEqualTo(Path.of("/home/ann/.local/share/parley"));
        assertThat(Places.of(Map.of("HOME", " "), "Linux", "/home/ann").cacheFolder()).isEqualTo(Path.of("/home/ann/.cache/parley"));
    }

    @Test
    void parleyHomeAndXdgFoldersKeepPrecedence() {
        Places xdg = Places.of(Map.of("HOME", "/h", "XDG_DATA_HOME", "/d", "XDG_CONFIG_HOME", "/c", "XDG_CACHE_HOME", "/k"), "Linux", "/root");
        assertThat(xdg.dataFolder()).isEqualTo(Path.of("/d/parley"));
        assertThat(xdg.configFolder()).isEqualTo(Path.of("/c/parley"));
        assertThat(xdg.cacheFolder()).isEqualTo(Path.of("/k/parley"));
        Places portable = Places.of(Map.of("HOME", "/h", "PARLEY_HOME", "/p", "XDG_DATA_HOME", "/d"), "Linux", "/root");
        assertThat(portable.dataFolder()).isEqualTo(Path.of("/p"));
        assertThat(portable.cacheFolder()).isEqualTo(Path.of("/p/cache"));
        assertThat(portable.backupsFolder()).isEqualTo(Path.of("/p/backups"));
    }

    @Test
    void windowsKeepsItsOwnFoldersAndIgnoresHome() {
        Places w = Places.of(Map.of("HOME", "/c/Users/ann", "APPDATA", "C:\\Users\\ann\\AppData\\Roaming",
                "LOCALAPPDATA", "C:\\Users\\ann\\AppData\\Local"), "Windows 11", "C:\\Users\\ann");
        assertThat(w.home().toString()).isEqualTo("C:\\Users\\ann");
        assertThat(w.dataFolder().toString()).endsWith("Roaming" + java.io.File.separator + "Parley");
        assertThat(w.cacheFolder().toString()).contains("Local");
    }

    /** The CLI in a child process with HOME set elsewhere makes its default corpus under that HOME. */
    @Test
    void aChildStartedWithAnotherHomeUsesIt(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("somewhere"));
        ChildJvm.Result r = ChildJvm.run(dir, Map.of("HOME", home.toString()), "list", "--json");
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(home.resolve(".local/share/parley/default.parley")).isRegularFile();
    }
}
