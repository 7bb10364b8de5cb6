package org.parley.core.export.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.export.ExportCancelledException;
import org.parley.core.export.ExportFixture;
import org.parley.core.export.ExportResult;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.Selection;
import org.parley.core.export.Split;
import org.parley.core.store.Corpus;

/** Every export lands whole or not at all: staged beside its target, moved in at the end, thrown away on failure or cancel. */
class ExportJobTest {
    @TempDir
    Path dir;

    private static ExportRequest request(String format, Selection selection, Split split, Path out) {
        return new ExportRequest(ExportFormat.byName(format), selection, false, split, null, out);
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileExportLeavesTheFileAndItsCompanionsAndNothingElse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        try (Corpus corpus = ExportFixture.create(dir)) {
            int[] last = new int[2];
            ExportResult r = ExportJob.run(corpus, request("conll", Selection.all(), null, out.resolve("claims.conll")),
                    new ExportWatch((done, total) -> { last[0] = done; last[1] = total; }));
            assertThat(names(out)).containsExactly("claims.conll", "claims.conll.dropped.tsv");
            assertThat(r.files()).containsExactly(out.resolve("claims.conll").toString(), out.resolve("claims.conll.dropped.tsv").toString());
            assertThat(r.dropped()).isEqualTo(1); // "arms control system" inside the longer accusation
            assertThat(r.claims()).as("claims written, the dropped one not among them").isEqualTo(14);
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains(out.resolve("claims.conll.dropped.tsv").toString()));
            assertThat(last).containsExactly(12, 12);
            assertThat(Files.readString(out.resolve("claims.conll"))).contains("wreck\tI-accuse");
        }
    }

    @Test
    void aCancelledExportLeavesTheOldFileAsItWasAndNoStagingBehind() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("claims.jsonl"), "the earlier export\n");
        try (Corpus corpus = ExportFixture.create(dir)) {
            ExportWatch[] watch = new ExportWatch[1];
            watch[0] = new ExportWatch((done, total) -> {
                if (done == 3) {
                    watch[0].cancel(); // as the Cancel button does, in the middle of the export
                }
            });
            assertThatThrownBy(() -> ExportJob.run(corpus, request("jsonl", Selection.all(), null, out.resolve("claims.jsonl")), watch[0]))
                    .isInstanceOf(ExportCancelledException.class);
            assertThat(watch[0].documents()).isEqualTo(3);
        }
        assertThat(names(out)).containsExactly("claims.jsonl");
        assertThat(Files.readString(out.resolve("claims.jsonl"))).isEqualTo("the earlier export\n");
    }

    @Test
    void aFailedExportNamesItsTargetAndWritesNothing() throws Exception {
        try (Corpus corpus = ExportFixture.create(dir)) {
            Path brat = dir.resolve("exports").resolve("brat");
            Selection badLabel = new Selection(List.of(), null, List.of(), true, "mood");
            assertThatThrownBy(() -> ExportJob.run(corpus, request("brat", badLabel, null, brat), new ExportWatch(null)))
                    .isInstanceOf(ExportFailedException.class)
                    .hasMessageStartingWith(brat.toAbsolutePath() + ": ")
                    .hasMessageContaining("mood");
            assertThat(names(dir.resolve("exports"))).isEmpty();

            Path folder = Files.createDirectories(dir.resolve("a-folder"));
            assertThatThrownBy(() -> ExportJob.run(corpus, request("csv", Selection.all(), null, folder), new ExportWatch(null)))
                    .hasMessage(folder + " is a folder: CSV writes one file; type a file name after it");
            Path missing = dir.resolve("nowhere").resolve("x.csv");
            assertThatThrownBy(() -> ExportJob.run(corpus, request("csv", Selection.all(), null, missing), new ExportWatch(null)))
                    .hasMessageContaining("there is no folder " + missing.getParent().toAbsolutePath());
        }
    }

    @Test
    void aSplitIntoAFolderInUseReplacesItsPartsAndKeepsTheRest() throws Exception {
        Path out = Files.createDirectories(dir.resolve("brat"));
        Files.writeString(out.resolve("README.txt"), "mine");
        Files.createDirectories(out.resolve("train"));
        Files.writeString(out.resolve("train").resolve("doc-999.ann"), "stale");
        try (Corpus corpus = ExportFixture.create(dir)) {
            ExportResult r = ExportJob.run(corpus, request("brat", Selection.all(), Split.parse("50/25/25", 1), out), new ExportWatch(null));
            assertThat(r.documents()).isEqualTo(12);
            assertThat(r.files()).allSatisfy(f -> assertThat(f).startsWith(out.toAbsolutePath().toString()));
        }
        assertThat(names(out)).containsExactly("README.txt", "dev", "split.tsv", "test", "train");
        assertThat(names(out.resolve("train"))).contains("annotation.conf").doesNotContain("doc-999.ann");
        assertThat(names(dir)).noneMatch(n -> n.contains("exporting"));
    }

    @Test
    void aLinkedTargetIsStagedAndWrittenBesideTheFileItNames() throws Exception {
        Path there = Files.createDirectories(dir.resolve("there"));
        Path here = Files.createDirectories(dir.resolve("here"));
        Path real = Files.writeString(there.resolve("claims.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(here.resolve("claims.jsonl"), real);
        List<List<String>> seen = new java.util.ArrayList<>();
        try (Corpus corpus = ExportFixture.create(dir)) {
            ExportResult r = ExportJob.run(corpus, request("jsonl", Selection.all(), null, link), new ExportWatch((done, total) -> {
                if (done == 1) {
                    try {
                        seen.add(names(there));
                        seen.add(names(here));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            }));
            assertThat(r.files()).containsExactly(real.toString());
        }
        assertThat(seen.get(0)).as("staged beside the real file").anySatisfy(n -> assertThat(n).startsWith(".claims.jsonl.exporting-"));
        assertThat(seen.get(1)).as("nothing staged beside the link").containsExactly("claims.jsonl");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllLines(real)).hasSize(12);
        assertThat(names(there)).containsExactly("claims.jsonl");
    }

    @Test
    void aPipeOrAFolderEntryThatIsNoRegularFileIsNeverReplaced() throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path web = Files.createDirectories(dir.resolve("web"));
        Path elsewhere = Files.writeString(dir.resolve("mine.jsonld"), "mine");
        Path link = Files.createSymbolicLink(web.resolve("index.jsonld"), elsewhere);
        try (Corpus corpus = ExportFixture.create(dir)) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(
                    () -> ExportJob.run(corpus, request("csv", Selection.all(), null, fifo), new ExportWatch(null)))
                    .isInstanceOf(ExportFailedException.class).hasMessageContaining("not a regular file")
                    .matches(e -> ((ExportFailedException) e).badInput()));
            assertThatThrownBy(() -> ExportJob.run(corpus, request("web-annotation", Selection.all(), null, web), new ExportWatch(null)))
                    .isInstanceOf(ExportFailedException.class).hasMessageContaining(link + " is not a regular file");
            assertThatThrownBy(() -> ExportJob.run(corpus, request("csv", Selection.all(), null, Path.of(corpus.file() + "-wal")),
                    new ExportWatch(null))).hasMessageContaining("belongs to the open corpus");
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(elsewhere)).isEqualTo("mine");
        assertThat(names(web)).containsExactly("index.jsonld");
        assertThat(names(dir)).noneMatch(n -> n.contains("exporting"));
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void interchangeFormatsCountWhatTheyRead() throws Exception {
        try (Corpus corpus = ExportFixture.create(dir)) {
            Selection russian = new Selection(List.of("2"), null, List.of(), true, null);
            ExportResult web = ExportJob.run(corpus, request("web-annotation", russian, null, dir.resolve("web")), new ExportWatch(null));
            assertThat(web.documents()).isEqualTo(1);
            assertThat(web.claims()).isEqualTo(1);
            assertThat(names(dir.resolve("web"))).hasSize(3).contains("index.jsonld");
            ExportResult graph = ExportJob.run(corpus, request("graphml", Selection.all(), null, dir.resolve("n.graphml")), new ExportWatch(null));
            assertThat(graph.claims()).isEqualTo(15);
            assertThat(Files.readString(dir.resolve("n.graphml"))).contains("actor:Russia");
        }
    }

    @Test
    void oneCatalogueHoldsEveryFormatEachWithItsWriter() {
        assertThat(ExportFormat.ALL).extracting(ExportFormat::name).containsExactly("csv", "xlsx", "jsonl", "jsonl-claims",
                "doccano", "label-studio", "conll", "brat", "qdpx", "qdc", "web-annotation", "claimreview", "graphml", "edges-csv");
        for (ExportFormat f : ExportFormat.ALL) {
            assertThat(f.writer(org.parley.core.export.ExportOptions.none())).as(f.name()).isNotNull();
            assertThat(f.uses(ExportFormat.Option.SPLIT)).as(f.name()).isEqualTo(f.group() == ExportFormat.Group.DATASET);
        }
        assertThatThrownBy(() -> new ExportRequest(ExportFormat.byName("qdpx"), null, false, Split.parse("80/10/10", 1), null, Path.of("x")))
                .hasMessageContaining("qdpx is written whole");
    }
}
