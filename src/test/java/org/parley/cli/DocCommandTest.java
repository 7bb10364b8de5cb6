package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;
import org.parley.core.store.AuditLog;
import org.parley.core.store.Corpus;
import org.parley.core.store.SearchIndex;

/** {@code parley doc set|trash|restore}: a wrong title or date corrected, a document trashed and back, in every export. */
class DocCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path corpus;

    @BeforeEach
    void sample() throws Exception {
        corpus = CliRun.sampleCorpus(dir);
        CliRun ann = CliRun.on(corpus, "annotate", "--doc", "1", "--quote", "US seeking to wreck entire arms control system",
                "--code", "speaker=Russia", "--coder", "Anna");
        assertThat(ann.exit()).as(ann.err()).isZero();
    }

    @Test
    void setChangesTheMetadataAsOneAuditedChangeShownInTheExports() throws Exception {
        CliRun set = CliRun.on(corpus, "doc", "set", "--doc", "1", "--title", "Lavrov on arms control", "--date", "2019-11-02",
                "--source", "TASS English", "--author", "Staff", "--place", "Moscow", "--url", "https://tass.com/x",
                "--language", "en", "--field", "section=World", "--json", "--coder", "Anna");
        assertThat(set.exit()).as(set.err()).isZero();
        JsonNode m = JSON.readTree(set.out());
        assertThat(m.get("title").asText()).isEqualTo("Lavrov on arms control");
        assertThat(m.get("date").asText()).isEqualTo("2019-11-02");
        assertThat(m.get("fields").get("section").asText()).isEqualTo("World");

        JsonNode shown = JSON.readTree(CliRun.on(corpus, "show", "--doc", "1", "--json").out());
        assertThat(shown.get("source").asText()).isEqualTo("TASS English");
        assertThat(shown.get("author").asText()).isEqualTo("Staff");
        assertThat(shown.get("place").asText()).isEqualTo("Moscow");
        assertThat(shown.get("url").asText()).isEqualTo("https://tass.com/x");
        assertThat(shown.get("language").asText()).isEqualTo("en");

        Path csv = dir.resolve("claims.csv");
        assertThat(CliRun.on(corpus, "export", "--format", "csv", "--out", csv.toString()).exit()).isZero();
        assertThat(Files.readString(csv)).contains("Lavrov on arms control", "TASS English", "2019-11-02", "https://tass.com/x");
        Path jsonl = dir.resolve("claims.jsonl");
        assertThat(CliRun.on(corpus, "export", "--format", "jsonl", "--out", jsonl.toString()).exit()).isZero();
        assertThat(Files.readString(jsonl)).contains("\"section\"", "World", "\"place\":\"Moscow\"");

        try (Corpus c = Corpus.openToRead(corpus)) {
            AuditLog.Entry e = AuditLog.recent(c, 1).get(0);
            assertThat(e.action()).isEqualTo("edit");
            assertThat(e.entity()).isEqualTo("document");
            assertThat(e.coder()).isEqualTo("Anna");
            assertThat(e.before()).contains("US seeking to wreck entire arms control system");
            assertThat(e.after()).contains("Lavrov on arms control");
            assertThat(new SearchIndex(c).search("Lavrov", 5)).extracting(SearchIndex.Hit::title).containsExactly("Lavrov on arms control");
            assertThat(new SearchIndex(c).search("wreck", 5)).hasSize(1); // the text is still found
        }

        CliRun clear = CliRun.on(corpus, "doc", "set", "--doc", "1", "--date", "", "--field", "section=", "--json");
        assertThat(clear.exit()).as(clear.err()).isZero();
        JsonNode cleared = JSON.readTree(clear.out());
        assertThat(cleared.get("date").isNull()).isTrue();
        assertThat(cleared.get("fields").size()).isZero();
        assertThat(cleared.get("title").asText()).isEqualTo("Lavrov on arms control");
    }

    @Test
    void badInputIsOneLineAndChangesNothing() throws Exception {
        String before = CorpusDump.content(corpus);
        for (List<String> args : List.of(
                List.of("doc", "set", "--doc", "99", "--title", "x"),
                List.of("doc", "set", "--doc", "1", "--date", "2019-13-01"),
                List.of("doc", "set", "--doc", "1", "--date", "1 November"),
                List.of("doc", "set", "--doc", "1", "--field", "=x"),
                List.of("doc", "set", "--doc", "one", "--title", "x"),
                List.of("doc", "trash", "--doc", "99"),
                List.of("doc", "restore", "--doc", "99"))) {
            CliRun r = CliRun.on(corpus, args.toArray(String[]::new));
            assertThat(r.exit()).as(args + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).as(args.toString()).startsWith("parley: ").doesNotContain("\n", "Exception", "\tat ");
        }
        assertThat(CliRun.on(corpus, "doc", "set", "--doc", "99", "--title", "x").err()).contains("99", corpus.toString());
        assertThat(CliRun.on(corpus, "doc", "set", "--doc", "1", "--date", "2019-13-01").err()).contains("--date 2019-13-01");
        assertThat(CorpusDump.content(corpus)).isEqualTo(before);
    }

    @Test
    void aTrashedDocumentAndItsClaimsLeaveTheExportsOfAllDocumentsAndComeBack() throws Exception {
        Path second = dir.resolve("second.txt");
        Files.writeString(second, "Ryabkov said Washington decided not to ratify the CTBT.\n");
        assertThat(CliRun.on(corpus, "import", second.toString()).exit()).isZero();
        assertThat(CliRun.on(corpus, "annotate", "--doc", "2", "--quote", "Washington decided", "--code", "speaker=Russia").exit()).isZero();

        CliRun trash = CliRun.on(corpus, "doc", "trash", "--doc", "1", "--json");
        assertThat(trash.exit()).as(trash.err()).isZero();
        assertThat(JSON.readTree(trash.out()).get("inTrash").asBoolean()).isTrue();
        Path csv = dir.resolve("all.csv");
        CliRun export = CliRun.on(corpus, "export", "--format", "csv", "--out", csv.toString(), "--json");
        assertThat(JSON.readTree(export.out()).get("documents").asInt()).isEqualTo(1);
        assertThat(Files.readString(csv)).contains("Washington decided").doesNotContain("US seeking to wreck");
        assertThat(JSON.readTree(CliRun.on(corpus, "list", "--json").out())).hasSize(1);
        assertThat(CliRun.on(corpus, "doc", "trash", "--doc", "1").out()).contains("in the trash already");

        CliRun restore = CliRun.on(corpus, "doc", "restore", "--doc", "1");
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("is back");
        assertThat(CliRun.on(corpus, "export", "--format", "csv", "--out", csv.toString()).exit()).isZero();
        assertThat(Files.readString(csv)).contains("Washington decided", "US seeking to wreck");
        try (Corpus c = Corpus.openToRead(corpus)) {
            assertThat(AuditLog.recent(c, 2)).extracting(AuditLog.Entry::action).containsExactly("restore", "trash");
        }
    }

    @Test
    void memoPrintsAndSetsADocumentsMemoAndTheCorpusJournal() throws Exception {
        assertThat(CliRun.on(corpus, "memo", "--doc", "1", "--set", "Check the date against the wire.").exit()).isZero();
        assertThat(CliRun.on(corpus, "memo", "--set", "Journal: warn means a threat.").exit()).isZero();
        assertThat(CliRun.on(corpus, "memo", "--doc", "1").out().strip()).isEqualTo("Check the date against the wire.");
        JsonNode journal = JSON.readTree(CliRun.on(corpus, "memo", "--json").out());
        assertThat(journal.get("document").isNull()).isTrue();
        assertThat(journal.get("memo").asText()).isEqualTo("Journal: warn means a threat.");
        assertThat(CliRun.on(corpus, "memo", "--doc", "1", "--set", "").out()).contains("removed");
        assertThat(JSON.readTree(CliRun.on(corpus, "memo", "--doc", "1", "--json").out()).get("memo").asText()).isEmpty();
        CliRun bad = CliRun.on(corpus, "memo", "--doc", "99", "--set", "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).isEqualTo("parley: no document 99 in " + corpus);
    }
}
