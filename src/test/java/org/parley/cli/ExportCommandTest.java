package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.CliRun.on;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley export} end to end through Cli.run: every format, the options, bad input, the round trip. */
class ExportCommandTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String CLAIM = "US seeking to wreck entire arms control system";

    @TempDir
    Path dir;
    Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        corpus = CliRun.sampleCorpus(dir);
        CliRun a = on(corpus, "annotate", "--doc", "1", "--quote", CLAIM, "--code", "speaker=Russia", "--code", "stance=accuse",
                "--code", "treaty=ABM", "--code", "treaty=INF", "--coder", "Anna", "--memo", "headline, \"quoted\"");
        assertThat(a.exit()).as(a.err()).isZero();
        CliRun b = on(corpus, "annotate", "--doc", "1", "--quote", "arms control", "--occurrence", "1", "--code", "stance=concern", "--coder", "Boris",
                "--status", "suggested");
        assertThat(b.exit()).as(b.err()).isZero();
    }

    @Test
    void everyFormatIsWrittenFromTheCommandLine() throws Exception {
        for (String[] f : new String[][] {{"csv", "o.csv"}, {"xlsx", "o.xlsx"}, {"jsonl", "o.jsonl"}, {"jsonl-claims", "oc.jsonl"},
                {"doccano", "od.jsonl"}, {"label-studio", "ls.json"}, {"conll", "o.conll"}, {"brat", "brat"}}) {
            CliRun r = on(corpus, "export", "--format", f[0], "--out", dir.resolve(f[1]).toString());
            assertThat(r.exit()).as(f[0] + ": " + r.err()).isZero();
            assertThat(r.out()).startsWith("exported 1 claims from 1 documents as " + f[0]);
            assertThat(dir.resolve(f[1])).exists();
        }
        assertThat(Files.readString(dir.resolve("o.csv"))).contains("\"headline, \"\"quoted\"\"\"", "ABM;INF");
        assertThat(Files.readString(dir.resolve("o.conll"))).startsWith("-DOCSTART-\tO\n");
        assertThat(dir.resolve("o.conll.dropped.tsv")).exists();
        assertThat(Files.list(dir.resolve("brat")).map(p -> p.getFileName().toString()).sorted().toList())
                .containsExactly("annotation.conf", "doc-1.ann", "doc-1.txt");
    }

    @Test
    void selectionOptionsAndSplitAndJsonSummary() throws Exception {
        CliRun all = on(corpus, "export", "--format", "jsonl-claims", "--out", dir.resolve("a.jsonl").toString(), "--status", "all",
                "--coder", "Boris", "--json");
        assertThat(all.exit()).as(all.err()).isZero();
        assertThat(JSON.readTree(all.out()).get("claims").asInt()).isEqualTo(1);
        assertThat(JSON.readTree(Files.readAllLines(dir.resolve("a.jsonl")).get(0)).get("coder").asText()).isEqualTo("Boris");

        CliRun none = on(corpus, "export", "--format", "jsonl", "--out", dir.resolve("n.jsonl").toString(), "--query", "zugzwang");
        assertThat(none.out()).startsWith("exported 0 claims from 0 documents");

        CliRun doccano = on(corpus, "export", "--format", "doccano", "--out", dir.resolve("t.jsonl").toString(), "--label", "speaker");
        assertThat(doccano.exit()).isZero();
        assertThat(Files.readString(dir.resolve("t.jsonl"))).contains("\"Russia\"]");

        CliRun split = on(corpus, "export", "--format", "conll", "--out", dir.resolve("split").toString(), "--split", "80/10/10",
                "--seed", "3", "--doc", "1");
        assertThat(split.exit()).as(split.err()).isZero();
        assertThat(dir.resolve("split/train.conll")).exists();
        assertThat(dir.resolve("split/dev.conll")).exists();
        assertThat(Files.readString(dir.resolve("split/split.tsv"))).isEqualTo("document_id\tpart\n1\ttrain\n");
        assertThat(split.out()).contains("note: 0 claim(s) dropped");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("file.txt"), "x");
        List<String[]> bad = List.of(
                new String[] {"export", "--format", "parquet", "--out", dir.resolve("x").toString()},
                new String[] {"export", "--format", "brat", "--out", dir.resolve("file.txt").toString()},
                new String[] {"export", "--format", "csv", "--out", dir.resolve("folder").toString()},
                new String[] {"export", "--format", "conll", "--out", dir.resolve("x.conll").toString(), "--label", "mood"},
                new String[] {"export", "--format", "csv", "--out", dir.resolve("x.csv").toString(), "--status", "some"},
                new String[] {"export", "--format", "csv", "--out", dir.resolve("x.csv").toString(), "--split", "90/20/10"},
                new String[] {"export", "--format", "csv", "--out", dir.resolve("x.csv").toString(), "--doc", "99"});
        for (String[] args : bad) {
            CliRun r = on(corpus, args);
            assertThat(r.exit()).as(String.join(" ", args) + "\n" + r.err()).isEqualTo(2);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
        }
        try (var left = Files.list(dir)) { // a refused export leaves nothing behind, not even an empty folder or a staging folder
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("x") || n.contains("exporting"));
        }
        assertThat(on(corpus, "export", "--format", "brat", "--out", dir.resolve("new-brat").toString(), "--label", "mood").exit()).isEqualTo(2);
        assertThat(dir.resolve("new-brat")).doesNotExist();
        CliRun help = CliRun.of("export", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--split=TRAIN/DEV/TEST", "--label=DIMENSION");
        assertThat(on(corpus, "export", "--format", "conll", "--out", dir.resolve("x.conll").toString(), "--label", "mood").err())
                .contains("no dimension 'mood'", "valid: speaker, target, treaty, stance");
    }

    @Test
    void importOfAJsonlExportIntoAFreshCorpusGivesTheSameClaims() throws Exception {
        Path data = dir.resolve("data.jsonl");
        assertThat(on(corpus, "export", "--format", "jsonl", "--out", data.toString(), "--status", "all").exit()).isZero();
        Path fresh = dir.resolve("fresh.parley");
        assertThat(on(fresh, "init", "--codebook", "arms-control").exit()).isZero();
        CliRun imp = on(fresh, "import", data.toString());
        assertThat(imp.exit()).as(imp.err() + imp.out()).isZero();
        Path back = dir.resolve("back.jsonl");
        assertThat(on(fresh, "export", "--format", "jsonl", "--out", back.toString(), "--status", "all").exit()).isZero();
        JsonNode a = JSON.readTree(Files.readString(data));
        JsonNode b = JSON.readTree(Files.readString(back));
        assertThat(b.get("uuid")).isEqualTo(a.get("uuid"));
        assertThat(b.get("text")).isEqualTo(a.get("text"));
        assertThat(b.get("claims")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            for (String field : List.of("uuid", "start", "end", "quote", "codes", "memo", "coder", "status")) {
                assertThat(b.get("claims").get(i).get(field)).as(field).isEqualTo(a.get("claims").get(i).get(field));
            }
        }
    }
}
