package org.parley.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Open folder" uses each system's own command, and is hidden on a Linux without xdg-open. */
class FolderOpenerTest {
    @TempDir
    Path dir;

    @Test
    void picksTheSystemsCommandAndNothingWhenThereIsNone() throws Exception {
        assertThat(FolderOpener.command("Windows 11", null)).contains("explorer");
        assertThat(FolderOpener.command("Mac OS X", null)).contains("open");
        assertThat(FolderOpener.command("Linux", dir.toString())).isEmpty();
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createFile(bin.resolve("xdg-open"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(FolderOpener.command("Linux", dir + java.io.File.pathSeparator + bin)).contains("xdg-open");
    }
}
