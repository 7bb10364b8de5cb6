package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newcomer's walk-through from the README, end to end on a real corpus file. */
class CorpusCommandsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path corpus;
    Path tass;

    @BeforeEach
    void setUp() throws Exception {
        corpus = dir.resolve("c.parley");
        tass = dir.resolve("tass-2019-11-01-lavrov-arms-control.txt");
        try (var in = getClass().getResourceAsStream("/samples/tass-2019-11-01-lavrov-arms-control.txt")) {
            Files.copy(in, tass);
        }
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--corpus";
        all[args.length + 1] = corpus.toString();
        return CliRun.of(all);
    }

    @Test
    void initImportAnnotateShowAndPythonSlicingGivesTheQuoteBack() throws Exception {
        assertThat(run("init").exit()).isZero();
        CliRun imp = run("import", tass.toString(), "--json");
        assertThat(imp.exit()).as(imp.err()).isZero();
        JsonNode summary = JSON.readTree(imp.out());
        assertThat(summary.get("imported").get(0).get("title").asText())
                .isEqualTo("US seeking to wreck entire arms control system — Lavrov");

        CliRun ann = run("annotate", "--doc", "1", "--quote", "US seeking to wreck entire arms control system",
                "--code", "speaker=Russia", "--code", "target=United States", "--code", "stance=accuse",
                "--code", "treaty=ABM", "--code", "treaty=INF", "--coder", "Anna");
        assertThat(ann.exit()).as(ann.err()).isZero();
        assertThat(ann.out().strip()).isEqualTo("1");

        JsonNode doc = JSON.readTree(run("show", "--doc", "1", "--json").out());
        JsonNode a = doc.get("annotations").get(0);
        assertThat(a.get("quote").asText()).isEqualTo("US seeking to wreck entire arms control system");
        assertThat(a.get("codes").get("treaty").toString()).isEqualTo("[\"ABM\",\"INF\"]");
        assertThat(a.get("codes").get("stance").toString()).isEqualTo("[\"accuse\"]");
        assertThat(a.get("coder").asText()).isEqualTo("Anna");
        assertThat(a.get("status").asText()).isEqualTo("accepted");
        String text = doc.get("text").asText();
        int[] cps = text.codePoints().toArray();
        assertThat(new String(cps, a.get("start").asInt(), a.get("end").asInt() - a.get("start").asInt()))
                .isEqualTo(a.get("quote").asText());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus);
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT d.text, a.start_cp, a.end_cp, a.quote FROM annotation a JOIN document d ON d.id = a.document_id")) {
            rs.next();
            int[] stored = rs.getString(1).codePoints().toArray();
            assertThat(new String(stored, rs.getInt(2), rs.getInt(3) - rs.getInt(2))).isEqualTo(rs.getString(4));
        }

        JsonNode list = JSON.readTree(run("list", "--json").out());
        assertThat(list.get(0).get("claims").asInt()).isEqualTo(1);
        assertThat(list.get(0).has("uuid")).isTrue();
    }

    @Test
    void aliasesResolveAndTheDocumentCanBeNamedByUuid() throws Exception {
        run("init");
        run("import", tass.toString());
        String uuid = JSON.readTree(run("list", "--json").out()).get(0).get("uuid").asText();
        CliRun ann = run("annotate", "--doc", uuid, "--quote", "Washington had decided not to ratify",
                "--code", "speaker=Lavrov", "--code", "target=Washington", "--code", "treaty=ДВЗЯИ", "--json");
        assertThat(ann.exit()).as(ann.err()).isZero();
        JsonNode a = JSON.readTree(ann.out());
        assertThat(a.get("codes").get("target").get(0).asText()).isEqualTo("United States");
        assertThat(a.get("codes").get("treaty").get(0).asText()).isEqualTo("CTBT");
        assertThat(a.get("codes").get("speaker").get(0).asText()).isEqualTo("Sergey Lavrov");
    }

    @Test
    void whiteSpaceInAQuoteMatchesAnyRunOfWhiteSpace() throws Exception {
        run("init");
        Path f = Files.writeString(dir.resolve("nbsp.txt"), "Headline of the test text\n\nThe arms\u00A0control\n system is gone.\n");
        run("import", f.toString());
        CliRun ann = run("annotate", "--doc", "1", "--quote", "arms control system", "--json");
        assertThat(ann.exit()).as(ann.err()).isZero();
        assertThat(JSON.readTree(ann.out()).get("quote").asText()).isEqualTo("arms\u00A0control\n system");
    }

    @Test
    void badInputIsRefusedWithExit2AndAClearMessageAndChangesNothing() throws Exception {
        run("init");
        run("import", tass.toString());
        CliRun missing = run("annotate", "--doc", "1", "--quote", "this sentence is not there");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("the quote is not in document 1");

        CliRun ambiguous = run("annotate", "--doc", "1", "--quote", "Lavrov said");
        assertThat(ambiguous.exit()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("occurs").contains("--occurrence").contains("1: [");
        assertThat(run("annotate", "--doc", "1", "--quote", "Lavrov said", "--occurrence", "2").exit()).isZero();

        CliRun code = run("annotate", "--doc", "1", "--quote", "Lavrov stressed", "--code", "stance=grumble");
        assertThat(code.exit()).isEqualTo(2);
        assertThat(code.err()).contains("unknown code 'grumble'").contains("accuse");
        CliRun dim = run("annotate", "--doc", "1", "--quote", "Lavrov stressed", "--code", "mood=happy");
        assertThat(dim.err()).contains("unknown dimension 'mood'").contains("speaker, target");
        CliRun range = run("annotate", "--doc", "1", "--start", "10", "--end", "999999");
        assertThat(range.exit()).isEqualTo(2);
        assertThat(range.err()).contains("outside document 1");
        assertThat(run("annotate", "--doc", "42", "--start", "1", "--end", "2").err()).contains("no document 42");

        JsonNode doc = JSON.readTree(run("show", "--doc", "1", "--json").out());
        assertThat(doc.get("annotations")).hasSize(1);
    }

    @Test
    void refusesAFileThatIsNotACorpus() throws Exception {
        Files.writeString(corpus, "just some notes");
        CliRun r = run("list");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("parley: not a Parley corpus: " + corpus);
        assertThat(Files.readString(corpus)).isEqualTo("just some notes");
    }

    @Test
    void importsADuplicateOnlyOnceAndReportsIt() throws Exception {
        run("init");
        Path copy = Files.copy(tass, dir.resolve("copy.txt"));
        CliRun r = run("import", tass.toString(), copy.toString(), "--json");
        JsonNode s = JSON.readTree(r.out());
        assertThat(s.get("imported")).hasSize(1);
        assertThat(s.get("duplicates").get(0).get("of").asInt()).isEqualTo(1);
    }

    @Test
    void codebookExportsAndImportsAsJson() throws Exception {
        run("init", "--codebook", "arms-control");
        Path file = dir.resolve("book.json");
        assertThat(run("codebook", "export", file.toString()).exit()).isZero();
        JsonNode book = JSON.readTree(file.toFile());
        assertThat(book.get("format").asText()).isEqualTo("parley-codebook");
        Path other = dir.resolve("other.parley");
        assertThat(CliRun.of("init", "--codebook", file.toString(), "--corpus", other.toString()).exit()).isZero();
        Path again = dir.resolve("again.json");
        CliRun.of("codebook", "export", again.toString(), "--corpus", other.toString());
        assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
    }

    @Test
    void versionAndHelpWork() {
        assertThat(CliRun.of("--version").out()).startsWith("Parley");
        assertThat(CliRun.of("--help").out()).contains("annotate").contains("import").contains("export");
        for (String command : new String[] {"init", "import", "list", "show", "annotate", "codebook", "export", "exchange", "bench"}) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.exit()).as(command + " --help: " + help.err()).isZero();
            assertThat(help.out()).as(command).contains("Usage: parley " + command);
        }
    }
}
