package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What is not a regular file or a readable folder — a FIFO, a link to one, a broken or looping link, a
 * folder that cannot be listed — is one failed entry of the summary, at once; the rest is imported.
 */
class ImportSpecialFilesTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        return ImportFolderTest.newCorpus(dir);
    }

    private static void mkfifo(Path p) throws Exception {
        Process mk = new ProcessBuilder("mkfifo", p.toString()).inheritIO().start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available here");
    }

    private static Map<String, String> failed(JsonNode summary) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode f : summary.get("failed")) {
            out.put(Path.of(f.get("file").asText()).getFileName().toString(), f.get("reason").asText());
        }
        return out;
    }

    @Test
    void aFifoNamedOnTheCommandLineIsRefusedAtOnce() throws Exception {
        Path corpus = corpus();
        Path fifo = dir.resolve("pipe.txt");
        mkfifo(fifo);
        Path ok = Files.writeString(dir.resolve("ok.txt"), "A statement on the treaty talks in Geneva.");
        var run = assertTimeoutPreemptively(AT_ONCE, () -> ImportFolderTest.cli("import", fifo.toString(), ok.toString(),
                "--json", "--corpus", corpus.toString()));
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(failed(run.summary())).containsOnly(Map.entry("pipe.txt", FileList.NOT_REGULAR));
        assertThat(run.summary().get("imported")).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void aFifoOrBadLinkInAFolderIsOneFailedEntry() throws Exception {
        Path corpus = corpus();
        Path folder = Files.createDirectories(dir.resolve("material"));
        Files.writeString(folder.resolve("a.txt"), "A statement on the treaty talks in Geneva.");
        mkfifo(folder.resolve("b-pipe.txt"));
        Files.createSymbolicLink(folder.resolve("c-link-to-pipe.txt"), folder.resolve("b-pipe.txt"));
        Files.createSymbolicLink(folder.resolve("d-dangling.txt"), folder.resolve("gone.txt"));
        Files.createSymbolicLink(folder.resolve("e-loop.txt"), folder.resolve("f-loop.txt"));
        Files.createSymbolicLink(folder.resolve("f-loop.txt"), folder.resolve("e-loop.txt"));
        Files.createSymbolicLink(folder.resolve("g-link.txt"), folder.resolve("a.txt"));
        var run = assertTimeoutPreemptively(AT_ONCE, () -> ImportFolderTest.cli("import", folder.toString(), "--json",
                "--corpus", corpus.toString()));
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        Map<String, String> failed = failed(run.summary());
        assertThat(failed).containsEntry("b-pipe.txt", FileList.NOT_REGULAR).containsEntry("c-link-to-pipe.txt", FileList.NOT_REGULAR)
                .containsEntry("d-dangling.txt", "a broken link (its target does not exist)").hasSize(5);
        assertThat(failed.get("e-loop.txt")).startsWith("a link that cannot be followed (cannot read: too many levels");
        assertThat(run.summary().get("imported")).hasSize(1);
        assertThat(run.summary().get("duplicates")).hasSize(1); // g-link.txt is a.txt again
    }

    @Test
    void aFolderTooDeepToOpenIsOneFailedEntryAndTheRestIsImported() throws Exception {
        Path corpus = corpus();
        Path folder = Files.createDirectories(dir.resolve("material"));
        Files.writeString(folder.resolve("a.txt"), "A statement on the treaty talks in Geneva.");
        // a path longer than the system allows (PATH_MAX, 4096 bytes): made and removed step by step from inside
        String name = "d".repeat(200);
        Process mk = new ProcessBuilder("bash", "-c", "cd \"$1\" && for i in $(seq 25); do mkdir " + name + " && cd " + name
                + " || exit 1; done && echo text > deep.txt", "bash", folder.toString()).inheritIO().start();
        assumeTrue(mk.waitFor() == 0, "cannot make a folder deeper than PATH_MAX here");
        try {
            var run = assertTimeoutPreemptively(AT_ONCE, () -> ImportFolderTest.cli("import", folder.toString(), "--json",
                    "--corpus", corpus.toString()));
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.summary().get("failed")).hasSize(1);
            assertThat(run.summary().get("failed").get(0).get("reason").asText()).isEqualTo("cannot read: file name too long");
            assertThat(run.summary().get("imported")).hasSize(1);
        } finally {
            new ProcessBuilder("rm", "-rf", folder.resolve(name).toString()).inheritIO().start().waitFor();
        }
    }

    @Test
    void anUnreadableSubfolderIsOneFailedEntryAndTheRestIsImported() throws Exception {
        AsNobody nobody = new AsNobody(dir);
        Path corpus = dir.resolve("c.parley");
        assertThat(nobody.run("init", "--corpus", corpus.toString()).exit()).isZero();
        Path folder = Files.createDirectories(dir.resolve("material"));
        Files.writeString(folder.resolve("a.txt"), "A statement on the treaty talks in Geneva.");
        Path secret = Files.createDirectories(folder.resolve("secret"));
        Files.writeString(secret.resolve("hidden.txt"), "Text nobody may read.");
        Files.writeString(folder.resolve("z.txt"), "A second statement, on the summit in Vienna.");
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        try {
            AsNobody.Run run = nobody.run("import", "--corpus", corpus.toString(), folder.toString());
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
            assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(run.out()).contains("failed    " + secret + ": permission denied")
                    .contains("2 imported, 0 duplicates, 1 failed");
        } finally {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
