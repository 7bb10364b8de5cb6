package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A double-clicked corpus reaches the launcher as one argument: it opens the app, everything else is the CLI. */
class CorpusArgumentTest {
    @Test
    void oneExistingCorpusFileOpensTheAppAndAnythingElseIsTheCommandLine(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("Мой корпус.Parley"), "");
        assertThat(ParleyApp.opensInApp(new String[] {corpus.toString()})).isTrue();
        assertThat(ParleyApp.opensInApp(new String[] {dir.resolve("missing.parley").toString()})).isFalse();
        assertThat(ParleyApp.opensInApp(new String[] {"list"})).isFalse();
        assertThat(ParleyApp.opensInApp(new String[] {"--version"})).isFalse();
        assertThat(ParleyApp.opensInApp(new String[] {"show", corpus.toString()})).isFalse();
    }
}
