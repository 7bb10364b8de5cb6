package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the libraries underneath would print never reaches the user's terminal: only Parley's own lines do. */
class QuietLibrariesTest {
    @TempDir
    Path dir;

    @Test
    void aDocxImportPrintsNoLoggingNoiseInAFreshProcess() throws Exception {
        Path docx = dir.resolve("statement.docx");
        try (XWPFDocument d = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            d.createParagraph().createRun().setText("Lavrov said the United States was seeking to wreck arms control.");
            d.write(out);
        }
        Path corpus = dir.resolve("c.parley");
        assertThat(CliRun.of("init", "--corpus", corpus.toString()).exit()).isZero();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Cli.class.getName(),
                "import", "--corpus", corpus.toString(), docx.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).doesNotContain("Log4j").doesNotContain("SLF4J").doesNotContain("SEVERE");
        assertThat(p.exitValue()).as(err).isZero();
    }
}
