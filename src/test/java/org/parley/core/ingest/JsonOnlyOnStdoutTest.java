package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parley import --json} of every format prints one JSON document on standard output and nothing
 * else, whatever the libraries (PDFBox, POI, Readability4J) log: run as a user runs it, in its own JVM.
 */
class JsonOnlyOnStdoutTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run parley(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.parley.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_HOME", dir.resolve("home").toString());
        pb.redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile());
        Process p = pb.start();
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> p.waitFor());
        return new Run(exit, Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void everyFormatImportedWithJsonPrintsExactlyOneJsonDocument() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        TestFiles.pdf(in.resolve("treaty.pdf"), "Treaty", false, new String[] {"The participating States confirm the obligation."});
        TestFiles.docx(in.resolve("memo.docx"), "Memo", "The ministry said the talks would resume.");
        TestFiles.rtf(in.resolve("note.rtf"), "A note on the talks in Geneva.");
        Files.writeString(in.resolve("page.html"), "<html lang=en><head><title>Talks | Wire</title></head><body><article><p>"
                + "MOSCOW (Reuters) - Russia is ready to discuss its new weapons with the United States.</p></article></body></html>");
        Files.writeString(in.resolve("report.txt"), "IGORA /Leningrad Region/, December 26. /TASS/. The President met the governor.");
        Files.writeString(in.resolve("remarks.md"), "---\ntitle: Remarks\ndate: 2024-06-14\n---\nTHE PRESIDENT: Thank you.\n");
        Files.writeString(in.resolve("wire.csv"), "title,link,text\nTalks,https://tass.com/politics/1,The minister met his counterpart.\n");
        Files.writeString(in.resolve("wire.jsonl"), "{\"title\":\"Talks\",\"url\":\"https://ria.ru/1\",\"text\":\"Переговоры продолжатся.\"}\n");
        Files.writeString(in.resolve("dataset.jsonl"), "{\"uuid\":\"7b0c7c1e-2f35-4d5e-9a51-0a3a3f1f0b01\",\"text\":\"A dataset text.\",\"claims\":[]}\n");
        Path corpus = dir.resolve("c.parley");
        assertThat(parley("init", "--corpus", corpus.toString()).exit()).isZero();

        Run run = parley("import", in.toString(), "--json", "--corpus", corpus.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        ObjectMapper json = new ObjectMapper().configure(JsonParser.Feature.AUTO_CLOSE_SOURCE, true);
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = json.readerFor(JsonNode.class).readValues(run.out())) {
            it.forEachRemaining(documents::add);
        }
        assertThat(documents).as(run.out()).hasSize(1);
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        assertThat(documents.get(0).get("imported")).hasSize(9);
        assertThat(run.err()).doesNotContain("Log4j", "SLF4J");
    }

    @Test
    void theAppsLogFileIsWrittenInTheFolderItIsGiven() throws Exception {
        Path folder = dir.resolve("logs");
        assertThat(LibraryLogging.toFolder(folder)).isEqualTo(folder);
        java.util.logging.Logger.getLogger("org.apache.pdfbox.test").warning("a library's warning");
        org.slf4j.LoggerFactory.getLogger("net.dankito.test").warn("an SLF4J warning");
        org.apache.logging.log4j.LogManager.getLogger("org.apache.poi.test").warn("a Log4j API warning");
        org.apache.commons.logging.LogFactory.getLog("org.apache.pdfbox.cl").warn("a commons-logging warning");
        java.util.logging.LogManager.getLogManager().reset(); // closes the file
        File log = folder.resolve(LibraryLogging.FILE + ".0").toFile();
        assertThat(Files.readString(log.toPath(), StandardCharsets.UTF_8)).contains("a library's warning", "an SLF4J warning",
                "a Log4j API warning", "a commons-logging warning");
    }
}
