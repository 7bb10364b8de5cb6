package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.export.exchange.HardTextCorpus;
import org.parley.core.export.job.ExportFormat;

/** `parley export --json` prints one summary of one shape for every format; `parley exchange` is the same command. */
class ExportSummaryTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> KEYS = List.of("format", "out", "documents", "claims", "dropped", "notes", "files");

    @TempDir
    Path dir;

    @Test
    void everyFormatPrintsExactlyOneJsonSummaryWithTheSameKeys() throws Exception {
        HardTextCorpus.create(dir).close();
        Path corpus = dir.resolve("hard.parley");
        for (ExportFormat f : ExportFormat.ALL) {
            Path out = dir.resolve("out-" + f.name() + (f.writesFolder() ? "" : f.extension()));
            CliRun r = CliRun.on(corpus, "export", "--format", f.name(), "--out", out.toString(), "--json",
                    "--review-author", "Checkers", "--review-url", "https://example.org/checks/{id}");
            assertThat(r.exit()).as(f.name() + ": " + r.err()).isZero();
            List<JsonNode> docs = documents(r.out());
            assertThat(docs).as(f.name() + " prints one JSON document: " + r.out()).hasSize(1);
            JsonNode s = docs.get(0);
            List<String> keys = new ArrayList<>();
            s.fieldNames().forEachRemaining(keys::add);
            List<String> expected = f.uses(ExportFormat.Option.SELECTION) ? KEYS : List.of("format", "out", "notes", "files");
            assertThat(keys).as(f.name()).containsExactlyElementsOf(expected);
            assertThat(s.get("format").asText()).isEqualTo(f.name());
            assertThat(s.get("out").asText()).isEqualTo(out.toString());
            assertThat(s.get("files").get(0).asText()).as(f.name()).isEqualTo(out.toString());
            assertThat(s.get("notes").isArray()).isTrue();
            if (f.uses(ExportFormat.Option.SELECTION)) {
                assertThat(s.get("documents").asInt()).as(f.name()).isEqualTo(2);
                assertThat(s.get("claims").asInt() + s.get("dropped").asInt()).as(f.name()).isEqualTo(4);
            }
        }
    }

    @Test
    void exchangeIsTheSameCommandWithTheSameSummary() throws Exception {
        HardTextCorpus.create(dir).close();
        Path corpus = dir.resolve("hard.parley");
        for (String f : List.of("qdpx", "graphml", "csv")) {
            Path a = dir.resolve("a-" + f);
            Path b = dir.resolve("b-" + f);
            CliRun export = CliRun.on(corpus, "export", "--format", f, "--out", a.toString(), "--doc", "2", "--json");
            CliRun exchange = CliRun.on(corpus, "exchange", "--format", f, "--out", b.toString(), "--doc", "2", "--json");
            assertThat(exchange.exit()).as(exchange.err()).isZero();
            assertThat(exchange.out().replace(b.toString(), "OUT")).isEqualTo(export.out().replace(a.toString(), "OUT"));
        }
    }

    private static List<JsonNode> documents(String out) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(out)) {
            while (it.hasNext()) {
                all.add(it.next());
            }
        }
        return all;
    }
}
