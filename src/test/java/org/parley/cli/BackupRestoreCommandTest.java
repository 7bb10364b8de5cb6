package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;
import org.parley.core.config.ChildJvm;
import org.parley.core.store.Corpus;
import org.parley.core.store.TestCorpus;

/** {@code parley backup} and {@code parley restore}: exit codes, one-line messages, nothing left half-written. */
class BackupRestoreCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path corpus(int documents) {
        try (Corpus c = TestCorpus.create(dir)) {
            for (int i = 0; i < documents; i++) {
                TestCorpus.addText(c, "Document " + i, "Moscow, 1 November. Text " + i + ". " + "arms control treaty ".repeat(60 + i % 7));
            }
            return c.file();
        }
    }

    private List<String> files() throws Exception {
        try (Stream<Path> all = Files.list(dir)) {
            return all.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupThenRestoreWithJson() throws Exception {
        Path corpus = corpus(3);
        Path backup = dir.resolve("monday.parley");
        CliRun b = CliRun.of("backup", "--corpus", corpus.toString(), "--out", backup.toString(), "--json");
        assertThat(b.exit()).as(b.err()).isZero();
        JsonNode made = JSON.readTree(b.out());
        assertThat(made.get("backup").asText()).isEqualTo(backup.toString());
        assertThat(made.get("bytes").asLong()).isEqualTo(Files.size(backup));
        String monday = CorpusDump.content(corpus);
        try (Corpus c = Corpus.open(corpus)) {
            TestCorpus.addText(c, "Tuesday", "Written on Tuesday.");
        }

        CliRun r = CliRun.of("restore", "--corpus", corpus.toString(), backup.toString(), "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode restored = JSON.readTree(r.out());
        Path kept = Path.of(restored.get("keptAs").asText());
        assertThat(kept.getFileName().toString()).matches("test\\.before-restore-\\d{8}-\\d{6}\\.parley");
        assertThat(files()).containsExactlyInAnyOrder("monday.parley", "test.parley", kept.getFileName().toString());
        assertThat(CorpusDump.content(corpus)).isEqualTo(monday);

        CliRun human = CliRun.of("restore", "--corpus", corpus.toString(), backup.toString());
        assertThat(human.out()).startsWith("Restored " + corpus).contains("The replaced file is kept as ");
    }

    @Test
    void backupRefusesTheCorpusAnotherCorpusAndAFolderInOneLine() throws Exception {
        Path corpus = corpus(1);
        Path other = Files.copy(corpus, dir.resolve("other.parley"));
        String before = CorpusDump.bytes(corpus);
        for (Path out : List.of(corpus, other, dir)) {
            CliRun r = CliRun.of("backup", "--corpus", corpus.toString(), "--out", out.toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("parley: " + out).doesNotContain("\n").doesNotContain("Exception");
        }
        assertThat(CorpusDump.bytes(corpus)).isEqualTo(before);
        assertThat(files()).containsExactlyInAnyOrder("test.parley", "other.parley");
    }

    @Test
    void restoreRefusesADamagedBackupInOneLine() throws Exception {
        Path corpus = corpus(2);
        Path backup = dir.resolve("b.parley");
        assertThat(CliRun.of("backup", "--corpus", corpus.toString(), "--out", backup.toString()).exit()).isZero();
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096; i < Math.min(bytes.length, 4096 * 4); i++) {
            bytes[i] = (byte) 0xee;
        }
        Files.write(backup, bytes);
        String before = CorpusDump.bytes(corpus);

        CliRun r = CliRun.of("restore", "--corpus", corpus.toString(), backup.toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("parley: " + backup + " is ").doesNotContain("\n");
        assertThat(CorpusDump.bytes(corpus)).isEqualTo(before);
        assertThat(files()).containsExactlyInAnyOrder("test.parley", "b.parley");
        CliRun missing = CliRun.of("restore", "--corpus", corpus.toString(), dir.resolve("nothing.parley").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("parley: no backup at " + dir.resolve("nothing.parley") + System.lineSeparator());
    }

    /**
     * A full disk, made with a file-size limit on a child process: the backup fails with one line and leaves
     * neither a partial file nor a {@code -journal} (before, a 64 KB file and its journal stayed).
     */
    @Test
    void aFullDiskLeavesNoPartialBackup() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
        Path corpus = corpus(1500);
        assertThat(Files.size(corpus)).isGreaterThan(2_000_000);
        Path out = dir.resolve("backup.parley");
        // a first start without the limit puts SQLite's library into the cache folder
        ChildJvm.Result warm = ChildJvm.run(dir, Map.of(), "list", "--corpus", corpus.toString(), "--json");
        assertThat(warm.exit()).as(warm.output()).isZero();
        ProcessBuilder child = ChildJvm.builder(dir, Map.of(), List.of("-XX:-UsePerfData"),
                "backup", "--corpus", corpus.toString(), "--out", out.toString());
        String command = String.join(" ", child.command().stream().map(a -> "'" + a.replace("'", "'\\''") + "'").toList());
        child.command(List.of("/bin/bash", "-c", "ulimit -f 1024 && exec " + command));
        String before = CorpusDump.bytes(corpus);

        ChildJvm.Result r = ChildJvm.finish(child.start());

        assertThat(r.exit()).as(r.output()).isEqualTo(2);
        assertThat(r.output().strip()).startsWith("parley: the backup to " + out + " failed, nothing was left there: ")
                .doesNotContain("\n");
        assertThat(files()).containsExactlyInAnyOrder("test.parley", "cache");
        assertThat(CorpusDump.bytes(corpus)).isEqualTo(before);
    }
}
