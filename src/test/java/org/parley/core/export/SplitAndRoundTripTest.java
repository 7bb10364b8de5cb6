package org.parley.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.store.Corpus;
import org.parley.core.store.TestCorpus;

/** Splits that never divide a document and repeat with the seed; the jsonl round trip, uuids included. */
class SplitAndRoundTripTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameSplitAndNoDocumentIsDivided() throws Exception {
        try (Corpus corpus = ExportFixture.create(dir)) {
            ExportFixture.export(corpus, Selection.all(), "jsonl", false, dir.resolve("a"), Split.parse("80/10/10", 7));
            ExportFixture.export(corpus, Selection.all(), "jsonl", false, dir.resolve("b"), Split.parse("80/10/10", 7));
            ExportFixture.export(corpus, Selection.all(), "jsonl", false, dir.resolve("c"), Split.parse("80/10/10", 8));
            assertThat(Files.readString(dir.resolve("a/split.tsv"))).isEqualTo(Files.readString(dir.resolve("b/split.tsv")))
                    .isNotEqualTo(Files.readString(dir.resolve("c/split.tsv")));
            Set<String> seen = new HashSet<>();
            int[] sizes = new int[3];
            for (int i = 0; i < 3; i++) {
                for (String line : Files.readAllLines(dir.resolve("a").resolve(Split.PARTS.get(i) + ".jsonl"))) {
                    JsonNode d = JSON.readTree(line);
                    assertThat(seen.add(d.get("uuid").asText())).as("a document in two parts").isTrue();
                    sizes[i]++;
                }
            }
            assertThat(sizes).containsExactly(10, 1, 1); // 12 documents cut at round(12 x 0.8) and round(12 x 0.9)
            ExportResult brat = ExportFixture.export(corpus, Selection.all(), "brat", false, dir.resolve("brat"), Split.parse("50/25/25", 1));
            assertThat(brat.documents()).isEqualTo(12);
            assertThat(dir.resolve("brat/train/annotation.conf")).exists();
            assertThat(dir.resolve("brat/test")).isDirectory();
        }
        assertThatThrownBy(() -> Split.parse("80/10/5", 1)).hasMessageContaining("sum to 100");
    }

    @Test
    void aJsonlExportImportedIntoAFreshCorpusGivesTheSameDocumentsAndClaims() throws Exception {
        Path first = dir.resolve("first.jsonl");
        try (Corpus corpus = ExportFixture.create(dir.resolve("a"))) {
            ExportFixture.export(corpus, Selection.all().withStatusAll(), "jsonl", false, first, null);
        }
        Path second = dir.resolve("second.jsonl");
        try (Corpus fresh = TestCorpus.create(dir.resolve("b"))) {
            ImportSummary s = new BatchImport(fresh, "importer").run(List.of(first), ImportProgress.NONE, new AtomicBoolean());
            assertThat(s.failed()).isEmpty();
            assertThat(s.imported()).hasSize(12);
            ExportFixture.export(fresh, Selection.all().withStatusAll(), "jsonl", false, second, null);
            // importing the same dataset again adds nothing
            ImportSummary again = new BatchImport(fresh, "importer").run(List.of(first), ImportProgress.NONE, new AtomicBoolean());
            assertThat(again.duplicates()).hasSize(12);
            assertThat(new org.parley.core.store.AnnotationStore(fresh).forDocument(1)).hasSize(5);
        }
        assertThat(comparable(second)).isEqualTo(comparable(first));
        assertThat(comparable(first).toString()).contains("“We are not concealing anything,”", "suggested");
    }

    /** The records without what a new corpus gives anew: integer ids and claim times. */
    private static List<JsonNode> comparable(Path jsonl) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl)) {
            ObjectNode d = (ObjectNode) JSON.readTree(line);
            d.remove("id");
            for (JsonNode c : d.get("claims")) {
                ((ObjectNode) c).remove(List.of("id", "created", "modified"));
            }
            out.add(d);
        }
        return out;
    }

    @Test
    void aDatasetWhoseOffsetsDriftedIsRefusedWithTheLineAndTheCorpusLeftAsItWas() throws Exception {
        Path good = dir.resolve("good.jsonl");
        try (Corpus corpus = ExportFixture.create(dir.resolve("a"))) {
            ExportFixture.export(corpus, Selection.all(), "jsonl", false, good, null);
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(good));
        ObjectNode d = (ObjectNode) JSON.readTree(lines.get(0));
        ObjectNode c = (ObjectNode) d.get("claims").get(2);
        c.put("start", 88).put("end", 121); // UTF-16 offsets: the classic drift
        lines.set(0, JSON.writeValueAsString(d));
        Path bad = dir.resolve("bad.jsonl");
        Files.write(bad, lines);
        try (Corpus fresh = TestCorpus.create(dir.resolve("b"))) {
            ImportSummary s = new BatchImport(fresh, "importer").run(List.of(bad), ImportProgress.NONE, new AtomicBoolean());
            assertThat(s.failed()).hasSize(1);
            assertThat(s.failed().get(0).reason()).startsWith("line 1: claim ").contains("quote does not match its offsets [88, 121)");
            assertThat(new ExportSource(fresh, Selection.all()).documentIds()).isEmpty();
            // a doccano file is not a Parley dataset: it is refused as a format, not misread
            Path doccano = dir.resolve("d.jsonl");
            try (Corpus corpus = Corpus.open(dir.resolve("a").resolve("test.parley"))) {
                ExportFixture.export(corpus, Selection.all(), "doccano", false, doccano, null);
            }
            ImportSummary other = new BatchImport(fresh, "importer").run(List.of(doccano), ImportProgress.NONE, new AtomicBoolean());
            assertThat(other.failed().get(0).reason()).startsWith("not a format Parley imports");
        }
    }
}
