package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.CliRun.on;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;

/**
 * What a user types after {@code --out} (or as the codebook file) never destroys a corpus: the corpus itself,
 * its log files, another corpus, a device or a pipe are refused with one line and exit 2; a symbolic link is
 * written through; a search SQLite cannot parse and a folder the user may not write in are one line too.
 */
class OutputTargetsCommandTest {
    @TempDir
    Path dir;
    Path corpus;

    @BeforeEach
    void setUp() throws Exception {
        corpus = CliRun.sampleCorpus(dir);
        CliRun a = on(corpus, "annotate", "--doc", "1", "--quote", "arms control", "--occurrence", "1", "--code", "stance=concern");
        assertThat(a.exit()).as(a.err()).isZero();
    }

    /** Exit 2, one line "parley: …" containing {@code words}, no stack trace. */
    static void refusedInOneLine(CliRun r, String words) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().toList()).as(r.err()).hasSize(1);
        assertThat(r.err()).startsWith("parley: ").contains(words).doesNotContain("\tat org.", "Exception");
    }

    @Test
    void anExportOntoTheCorpusIsRefusedAndTheCorpusStaysWhole() throws Exception {
        String before = CorpusDump.content(corpus);
        for (String format : List.of("csv", "jsonl", "xlsx", "qdpx", "qdc", "graphml")) {
            refusedInOneLine(on(corpus, "export", "--format", format, "--out", corpus.toString()), "is the open corpus");
            assertThat(CorpusDump.content(corpus)).as(format).isEqualTo(before);
        }
        refusedInOneLine(on(corpus, "exchange", "--format", "qdpx", "--out", corpus.toString()), "is the open corpus");
        refusedInOneLine(on(corpus, "exchange", "--format", "web-annotation", "--out", corpus.toString()), "");
        refusedInOneLine(on(corpus, "export", "--format", "csv", "--out", dir.resolve("c.parley-wal").toString()), "belongs to the open corpus");
        refusedInOneLine(on(corpus, "export", "--format", "jsonl", "--out", dir.resolve("c.parley-shm").toString()), "belongs to the open corpus");
        refusedInOneLine(on(corpus, "export", "--format", "brat", "--out", corpus.toString()), "");
        refusedInOneLine(on(corpus, "export", "--format", "jsonl", "--split", "80/10/10", "--out", corpus.toString()), "");
        assertThat(CorpusDump.content(corpus)).isEqualTo(before);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).allMatch(n -> n.startsWith("c.parley") || n.equals("tass.txt"));
        }
    }

    @Test
    void anExportOntoAnotherCorpusOrAnySqliteFileIsRefused() throws Exception {
        Path other = dir.resolve("other.parley");
        assertThat(on(other, "init").exit()).isZero();
        String otherBefore = CorpusDump.content(other);
        refusedInOneLine(on(corpus, "export", "--format", "csv", "--out", other.toString()), "Parley corpus file");
        refusedInOneLine(on(corpus, "exchange", "--format", "claimreview", "--out", other.toString(),
                "--review-author", "Desk", "--review-url", "https://example.org/{id}"), "Parley corpus file");
        Path renamed = Files.copy(other, dir.resolve("claims.csv"));
        refusedInOneLine(on(corpus, "export", "--format", "csv", "--out", renamed.toString()), "SQLite database");
        assertThat(CorpusDump.content(other)).isEqualTo(otherBefore);
        assertThat(CorpusDump.content(renamed)).isEqualTo(otherBefore);
    }

    @Test
    void aCodebookExportOntoTheCorpusIsRefused() {
        String before = CorpusDump.content(corpus);
        refusedInOneLine(on(corpus, "codebook", "export", corpus.toString()), "is the open corpus");
        refusedInOneLine(on(corpus, "codebook", "export", dir.resolve("c.parley-wal").toString()), "belongs to the open corpus");
        assertThat(CorpusDump.content(corpus)).isEqualTo(before);
    }

    @Test
    void aCodebookExportWithoutCorpusOntoACorpusIsRefused() throws Exception {
        Path mine = dir.resolve("mine.parley");
        assertThat(on(mine, "init").exit()).isZero();
        String before = CorpusDump.content(mine);
        Path home = Files.createDirectories(dir.resolve("home"));
        // forgot --corpus: the default corpus is read and its codebook would have gone over mine.parley
        CliRun r = ChildParley.withHome(home).run("codebook", "export", mine.toString());
        refusedInOneLine(r, mine + " is a Parley corpus file");
        assertThat(CorpusDump.content(mine)).isEqualTo(before);
        assertThat(home.resolve("default.parley")).as("a refused export makes no default corpus").doesNotExist();
    }

    @Test
    void aLinkIsWrittenThroughToItsFileAndStaysALink() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real);
        CliRun r = on(corpus, "export", "--format", "csv", "--out", link.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(Files.readString(real)).startsWith("claim_id,claim_uuid").contains("arms control");

        Path bookReal = Files.writeString(elsewhere.resolve("book.json"), "old");
        Path bookLink = Files.createSymbolicLink(dir.resolve("book.json"), Path.of("elsewhere", "book.json"));
        assertThat(on(corpus, "codebook", "export", bookLink.toString()).exit()).isZero();
        assertThat(Files.isSymbolicLink(bookLink)).isTrue();
        assertThat(Files.readString(bookReal)).contains("\"format\" : \"parley-codebook\"");
        try (var left = Files.list(elsewhere)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("real.csv", "book.json");
        }

        Path linkToCorpus = Files.createSymbolicLink(dir.resolve("out.jsonl"), corpus);
        String before = CorpusDump.content(corpus);
        refusedInOneLine(on(corpus, "export", "--format", "jsonl", "--out", linkToCorpus.toString()), "is the open corpus");
        refusedInOneLine(on(corpus, "codebook", "export", linkToCorpus.toString()), "is the open corpus");
        assertThat(CorpusDump.content(corpus)).isEqualTo(before);
    }

    @Test
    void aPipeIsRefusedAtOnceAndStaysAPipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            refusedInOneLine(on(corpus, "export", "--format", "csv", "--out", fifo.toString()), "not a regular file");
            refusedInOneLine(on(corpus, "exchange", "--format", "qdpx", "--out", fifo.toString()), "not a regular file");
            refusedInOneLine(on(corpus, "codebook", "export", fifo.toString()), "not a regular file");
            Path link = Files.createSymbolicLink(dir.resolve("to-pipe.csv"), fifo);
            refusedInOneLine(on(corpus, "export", "--format", "csv", "--out", link.toString()), "not a regular file");
        });
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(new ProcessBuilder("test", "-p", fifo.toString()).start().waitFor()).as("still a pipe").isZero();
    }

    @Test
    void aFolderExportNeverReplacesAPipeOrACorpusInTheFolder() throws Exception {
        Path brat = Files.createDirectories(dir.resolve("brat"));
        Path fifo = brat.resolve("annotation.conf");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> refusedInOneLine(on(corpus, "export", "--format", "brat", "--out", brat.toString()), "not a regular file"));
        assertThat(new ProcessBuilder("test", "-p", fifo.toString()).start().waitFor()).as("still a pipe").isZero();
        try (var left = Files.list(brat)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing moved in").containsExactly("annotation.conf");
        }

        Path split = Files.createDirectories(dir.resolve("split").resolve("train"));
        Path kept = split.resolve("kept.parley");
        assertThat(on(kept, "init").exit()).isZero();
        String before = CorpusDump.content(kept);
        refusedInOneLine(on(corpus, "export", "--format", "brat", "--split", "80/10/10", "--out", dir.resolve("split").toString()),
                "holds what Parley did not write");
        assertThat(CorpusDump.content(kept)).isEqualTo(before);
    }

    @Test
    void aSearchSqliteCannotParseIsOneLine() {
        String before = CorpusDump.content(corpus);
        for (String query : List.of("\"unclosed AND", "AND AND", "stance:")) {
            CliRun r = on(corpus, "export", "--format", "csv", "--query", query, "--out", dir.resolve("q.csv").toString());
            refusedInOneLine(r, "the search query is not valid: ");
            CliRun x = on(corpus, "exchange", "--format", "qdpx", "--query", query, "--out", dir.resolve("q.qdpx").toString());
            refusedInOneLine(x, "the search query is not valid: ");
        }
        assertThat(on(corpus, "export", "--format", "csv", "--query", "\"unclosed AND", "--out", dir.resolve("q.csv").toString()).err())
                .contains("unterminated string");
        assertThat(dir.resolve("q.csv")).doesNotExist();
        assertThat(CorpusDump.content(corpus)).isEqualTo(before);
    }

    @Test
    void aFolderTheUserMayNotWriteInIsNamedInOneLine() throws Exception {
        Path scratch = Files.createDirectories(dir.resolve("scratch"));
        Path home = Files.createDirectories(scratch.resolve("home"));
        ChildParley nobody = ChildParley.asNobody(home, scratch);
        ChildParley.openToAll(dir);
        Path shared = Files.createDirectories(scratch.resolve("shared"));
        ChildParley.openToAll(shared);
        Path theirs = Files.copy(corpus, shared.resolve("c.parley"));
        ChildParley.openToAll(theirs);
        Path locked = Files.createDirectories(dir.resolve("locked")); // root's, rwxr-xr-x: nobody may not write in it
        String before = CorpusDump.content(theirs);
        for (String[] args : List.of(new String[] {"export", "--format", "csv", "--out", locked.resolve("out.csv").toString()},
                new String[] {"export", "--format", "brat", "--out", locked.resolve("brat").toString()},
                new String[] {"exchange", "--format", "qdpx", "--out", locked.resolve("out.qdpx").toString()},
                new String[] {"codebook", "export", locked.resolve("book.json").toString()})) {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--corpus", theirs.toString()))
                    .toArray(String[]::new);
            CliRun r = nobody.run(all);
            refusedInOneLine(r, "permission denied");
            assertThat(r.err()).as("names the target, never the hidden staging file").contains(args[args.length - 1])
                    .doesNotContain("exporting", ".writing");
        }
        try (var left = Files.list(locked)) {
            assertThat(left).isEmpty();
        }
        assertThat(CorpusDump.content(theirs)).isEqualTo(before);
    }
}
