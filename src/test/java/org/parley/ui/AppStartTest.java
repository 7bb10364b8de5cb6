package org.parley.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;

/**
 * The real app starts in a process of its own (headless): the corpus opens off the FX thread, the window shows and
 * paints, and the process ends when asked; with no corpus named, the default one is made in the data folder.
 */
@Tag("ui")
class AppStartTest {
    @TempDir
    Path dir;

    @Test
    void theAppOpensTheCorpusItIsGivenAndPaintsItsWindow() throws Exception {
        Path file = dir.resolve("thesis.parley");
        try (Corpus c = Corpus.create(file)) {
            new DocumentStore(c).add(new NewDocument("MOSCOW, November 1. /TASS/. A text to open.", DocumentMeta.titled("one")), "t");
        }
        String out = start(file.toString());
        assertThat(out).contains("parley: window painted");
    }

    @Test
    void withNoCorpusNamedTheDefaultOneIsMadeAndShown() throws Exception {
        String out = start();
        assertThat(out).contains("parley: window painted");
        try (var files = Files.walk(dir.resolve("home"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".parley"))).isNotEmpty();
        }
    }

    private String start(String... args) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Files.writeString(home.resolve("settings.properties"), "coder=Tester\nguide.seen=true\n");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dparley.exitAfterFirstPaint=true", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-Duser.home=" + home,
                "org.parley.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("PARLEY_HOME", home.toString());
        Process p = pb.start();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as("the app ended after its first paint: " + out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
