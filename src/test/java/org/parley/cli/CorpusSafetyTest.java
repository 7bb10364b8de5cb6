package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;
import org.parley.core.store.Corpus;
import org.parley.core.store.BadCorpusFiles;
import org.parley.core.store.LongWrite;

/** Corpus files that are not a sound corpus, given to every command: exit 2, one line, no trace, the file unchanged. */
class CorpusSafetyTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Path text;

    @BeforeEach
    void setUp() throws Exception {
        text = Files.writeString(dir.resolve("story.txt"), "Talks resume\n\nThe minister said the treaty matters.");
    }

    /** The commands a user points at a corpus, each with --corpus FILE appended. */
    private List<String[]> commands() {
        return List.of(new String[] {"list"}, new String[] {"show", "--doc", "1"}, new String[] {"import", text.toString()},
                new String[] {"annotate", "--doc", "1", "--quote", "treaty", "--code", "stance=accuse"},
                new String[] {"export", "--format", "csv", "--out", dir.resolve("out.csv").toString()},
                new String[] {"codebook", "export", dir.resolve("book.json").toString()});
    }

    private static CliRun on(Path corpus, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--corpus";
        all[args.length + 1] = corpus.toString();
        return CliRun.of(all);
    }

    private void everyCommandRefuses(Path corpus, String line) {
        for (String[] command : commands()) {
            String before = CorpusDump.bytes(corpus);
            CliRun r = on(corpus, command);
            assertThat(r.exit()).as(String.join(" ", command) + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(String.join(" ", command)).isEqualTo("parley: " + line + "\n");
            assertThat(CorpusDump.bytes(corpus)).as(String.join(" ", command) + " left the file as it was").isEqualTo(before);
        }
    }

    private static String damaged(Path f) {
        return f + ": the corpus is damaged — restore a backup or run `parley repair --corpus " + f + " --out NEW`";
    }

    @Test
    void aPipeGivenAsTheCorpusIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.parley");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String[] command : commands()) {
                CliRun r = on(fifo, command);
                assertThat(r.exit()).as(String.join(" ", command)).isEqualTo(2);
                assertThat(r.err()).isEqualTo("parley: " + fifo + " is not a regular file (a pipe, device or socket): a corpus is a .parley file\n");
            }
            CliRun repair = CliRun.of("repair", "--corpus", fifo.toString(), "--out", dir.resolve("r.parley").toString());
            assertThat(repair.exit()).isEqualTo(2);
            assertThat(repair.err()).contains("is not a regular file").doesNotContain("\tat ");
        });
    }

    @Test
    void anotherApplicationsDatabaseIsRefusedAndNotTouched() throws Exception {
        Path other = BadCorpusFiles.foreignDatabase(dir.resolve("app.sqlite"), 1234);
        everyCommandRefuses(other, "not a Parley corpus: " + other);
        Path noId = BadCorpusFiles.foreignDatabase(dir.resolve("plain.db"), 0);
        everyCommandRefuses(noId, "not a Parley corpus: " + noId);
        for (Path foreign : List.of(other, noId)) {
            String before = CorpusDump.bytes(foreign);
            CliRun repair = CliRun.of("repair", "--corpus", foreign.toString(), "--out", dir.resolve("r.parley").toString());
            assertThat(repair.exit()).isEqualTo(2);
            assertThat(repair.err()).isEqualTo("parley: not a Parley corpus: " + foreign + "\n");
            assertThat(CorpusDump.bytes(foreign)).isEqualTo(before);
            assertThat(dir.resolve("r.parley")).doesNotExist();
        }
    }

    @Test
    void anEmptyFileBecomesACorpusWithTheDefaultCodebookAndSaysSo() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.parley"));
        CliRun list = on(empty, "list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.err()).isEqualTo(empty + " was empty: made it a new corpus with the arms-control codebook\n");
        assertThat(on(empty, "import", text.toString()).exit()).isZero();
        CliRun ann = on(empty, "annotate", "--doc", "1", "--quote", "treaty", "--code", "stance=accuse");
        assertThat(ann.exit()).as(ann.err()).isZero();

        Path touched = Files.createFile(dir.resolve("touched.parley"));
        CliRun imp = on(touched, "import", text.toString());
        assertThat(imp.exit()).as(imp.err()).isZero();
        assertThat(imp.err()).isEqualTo(touched + " was empty: made it a new corpus with the arms-control codebook\n");
        assertThat(on(touched, "annotate", "--doc", "1", "--quote", "treaty", "--code", "stance=accuse").exit()).isZero();
    }

    @Test
    void parleyTablesWithoutAVersionAreCalledDamaged() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 0");
        }
        everyCommandRefuses(f, damaged(f));
    }

    @Test
    void aCorpusWithOverwrittenPagesIsNeverWrittenInto() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        BadCorpusFiles.overwriteDocumentPages(f, 5);
        String before = CorpusDump.bytes(f);
        for (String[] command : commands()) {
            CliRun r = on(f, command);
            if (command[0].equals("show") || command[0].equals("codebook") && command[1].equals("export")) {
                // reading commands read only what they need: document 1 and the codebook lie on sound pages
                assertThat(r.exit()).as(String.join(" ", command) + ": " + r.err()).isIn(0, 2);
            } else {
                assertThat(r.exit()).as(String.join(" ", command) + ": " + r.err()).isEqualTo(2);
            }
            if (r.exit() == 2) {
                assertThat(r.err()).as(String.join(" ", command)).isEqualTo("parley: " + damaged(f) + "\n");
            }
        }
        assertThat(CorpusDump.bytes(f)).isEqualTo(before);
    }

    @Test
    void aCorpusCutShortIsCalledDamaged() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        BadCorpusFiles.truncate(f, 0.5);
        everyCommandRefuses(f, damaged(f));
    }

    @Test
    void aWriteMeetingAnotherParleysImportWaitsThenNamesIt() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        try (Corpus importing = Corpus.open(f)) {
            LongWrite holder = LongWrite.begin(importing, 100_000);
            String named = "the import running in another Parley (pid " + ProcessHandle.current().pid() + ", since "
                    + DateTimeFormatter.ofPattern("HH:mm").format(holder.since().atZone(ZoneId.systemDefault())) + ")";
            importing.write("a chunk of the import", c -> {
                CliRun r = on(f, "annotate", "--doc", "1", "--quote", "treaty", "--occurrence", "1", "--code", "stance=accuse", "--lock-wait", "2");
                assertThat(r.exit()).isEqualTo(2);
                assertThat(r.err()).isEqualTo("waiting for " + named + "…\nparley: " + f + " is locked by " + named
                        + "; try again when it ends\n");
                return null;
            });
        }
    }

    @Test
    void repairSavesWhatCanBeReadAndReportsWhatWasLost() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        BadCorpusFiles.overwriteDocumentPages(f, 5);
        String before = CorpusDump.bytes(f);
        Path fixed = dir.resolve("fixed.parley");
        CliRun r = CliRun.of("repair", "--corpus", f.toString(), "--out", fixed.toString(), "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        JsonNode report = JSON.readTree(r.out());
        JsonNode document = null;
        for (JsonNode t : report.get("tables")) {
            if (t.get("table").asText().equals("document")) {
                document = t;
            }
        }
        assertThat(document).isNotNull();
        assertThat(document.get("lost").asLong()).isPositive();
        assertThat(document.get("saved").asLong() + document.get("lost").asLong()).isEqualTo(BadCorpusFiles.DOCUMENTS);
        assertThat(report.get("integrity").asText()).isEqualTo("ok");
        assertThat(CorpusDump.bytes(f)).as("the damaged corpus is only read").isEqualTo(before);

        CliRun list = on(fixed, "list", "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(JSON.readTree(list.out()).size()).isEqualTo(document.get("saved").asInt());
        assertThat(on(fixed, "annotate", "--doc", "1", "--quote", "treaty", "--occurrence", "1", "--code", "stance=accuse").exit()).isZero();
        CliRun search = on(fixed, "export", "--format", "csv", "--query", "minister", "--out", dir.resolve("x.csv").toString());
        assertThat(search.exit()).as("the search index was rebuilt: " + search.err()).isZero();
    }

    @Test
    void repairOfASoundCorpusSavesEveryRowAndExits0() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        Path copy = dir.resolve("copy.parley");
        CliRun r = CliRun.of("repair", "--corpus", f.toString(), "--out", copy.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Every row was saved into " + copy);
        for (String table : List.of("document", "code", "dimension", "code_list", "coder", "corpus_info", "audit", "code_alias")) {
            assertThat(rows(copy, table)).as(table).isEqualTo(rows(f, table));
        }
    }

    private static List<String> rows(Path corpus, String table) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    @Test
    void repairOfACorpusCutShortSavesTheFirstHalf() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        BadCorpusFiles.truncate(f, 0.5);
        CliRun r = CliRun.of("repair", "--corpus", f.toString(), "--out", dir.resolve("half.parley").toString());
        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("rows could not be read");
    }

    @Test
    void repairRefusesToWriteOverACorpusAndSaysWhenNothingCanBeRead() throws Exception {
        Path f = BadCorpusFiles.filled(dir.resolve("c.parley"));
        Path other = BadCorpusFiles.filled(dir.resolve("other.parley"));
        String otherBefore = CorpusDump.bytes(other);
        CliRun over = CliRun.of("repair", "--corpus", f.toString(), "--out", other.toString());
        assertThat(over.exit()).isEqualTo(2);
        assertThat(over.err()).startsWith("parley: " + other).doesNotContain("\tat ");
        assertThat(CorpusDump.bytes(other)).isEqualTo(otherBefore);

        BadCorpusFiles.truncate(f, 200.0 / Files.size(f));
        CliRun nothing = CliRun.of("repair", "--corpus", f.toString(), "--out", dir.resolve("new.parley").toString());
        assertThat(nothing.exit()).as(nothing.err()).isEqualTo(2);
        assertThat(nothing.err()).startsWith("parley: nothing could be read from " + f).doesNotContain("\tat ");
        assertThat(dir.resolve("new.parley")).doesNotExist();
    }

    @Test
    void usageMistakesNameTheRightHelp() {
        CliRun unknown = CliRun.of("bogus");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Try 'parley --help'.").doesNotContain("parley parley");
        CliRun option = CliRun.of("export", "--bogus");
        assertThat(option.err()).contains("Try 'parley export --help'.");
        assertThat(CliRun.of("annotate", "--help").out()).contains("suggested, accepted (default) or rejected");
    }
}
