package org.parley.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.config.Settings;
import org.parley.core.export.ExportFixture;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.export.job.ExportFormat.Option;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.store.Corpus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.session.OpenCorpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;

/** The export dialog's choices without the window: what each format shows, where it writes, what stops it, how it ends. */
class ExportViewModelTest {
    @TempDir
    Path dir;

    private Settings settings() {
        Settings s = Settings.load(dir.resolve("settings.properties"));
        s.exportFolder(dir);
        return s;
    }

    private ExportViewModel model(Settings settings) {
        return new ExportViewModel(settings, dir.resolve("news.parley"), null, List.of("Anna", "Boris"), List.of("speaker", "stance", "treaty", "verdict"));
    }

    private static void choose(ExportViewModel m, String format) {
        m.formatProperty().set(ExportFormat.byName(format));
    }

    @Test
    void eachFormatShowsOnlyTheOptionsItReads() {
        ExportViewModel m = model(settings());
        choose(m, "csv");
        assertThat(List.of(m.uses(Option.SELECTION), m.uses(Option.BOM), m.uses(Option.SPLIT), m.uses(Option.LABEL))).containsExactly(true, true, true, false);
        choose(m, "conll");
        assertThat(List.of(m.uses(Option.LABEL), m.uses(Option.BOM), m.uses(Option.REVIEW))).containsExactly(true, false, false);
        choose(m, "qdc");
        assertThat(ExportFormat.Option.values()).noneMatch(m::uses);
        choose(m, "claimreview");
        assertThat(List.of(m.uses(Option.REVIEW), m.uses(Option.SPLIT), m.uses(Option.PROJECT_NAME))).containsExactly(true, false, false);
        choose(m, "qdpx");
        assertThat(m.usesBinding(Option.PROJECT_NAME).get()).isTrue();
        assertThat(m.labelProperty().get()).as("the default label dimension").isEqualTo("stance");
    }

    @Test
    void theOutputIsAFileOrAFolderAndItsNameFollowsTheFormat() {
        ExportViewModel m = model(settings());
        choose(m, "csv");
        assertThat(m.outProperty().get()).isEqualTo(dir.resolve("news-claims.csv").toString());
        assertThat(m.writesFolderBinding().get()).isFalse();
        choose(m, "jsonl");
        assertThat(m.outProperty().get()).isEqualTo(dir.resolve("news-claims.jsonl").toString());
        m.splitProperty().set(true);
        assertThat(m.writesFolderBinding().get()).isTrue();
        assertThat(m.outProperty().get()).isEqualTo(dir.resolve("news-claims").toString());
        choose(m, "qdpx"); // written whole: the split does not apply
        assertThat(m.writesFolderBinding().get()).isFalse();
        assertThat(m.outProperty().get()).isEqualTo(dir.resolve("news-claims.qdpx").toString());
        m.splitProperty().set(false);
        choose(m, "brat");
        assertThat(m.writesFolderBinding().get()).isTrue();
        assertThat(m.outProperty().get()).isEqualTo(dir.resolve("news-claims").toString());
        m.outProperty().set(dir.resolve("mine").toString());
        choose(m, "edges-csv");
        assertThat(m.outProperty().get()).isEqualTo(dir.resolve("mine.csv").toString());
        assertThat(m.request().out()).isEqualTo(dir.resolve("mine.csv"));
    }

    @Test
    void aChoiceThatCannotWorkIsNamedInOneLine() throws Exception {
        ExportViewModel m = model(settings());
        choose(m, "jsonl");
        assertThat(m.problemProperty().get()).isNull();
        m.documentsProperty().set(ExportViewModel.Documents.MATCHING);
        assertThat(m.problemProperty().get()).isEqualTo("Type the search that picks the documents.");
        m.queryProperty().set("Lavrov");
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.request().selection().query()).isEqualTo("Lavrov");
        m.documentsProperty().set(ExportViewModel.Documents.OPEN);
        assertThat(m.problemProperty().get()).startsWith("No document is open");
        m.documentsProperty().set(ExportViewModel.Documents.ALL);

        m.splitProperty().set(true);
        m.sharesProperty().set("80/10");
        assertThat(m.problemProperty().get()).startsWith("The split takes train/dev/test percentages");
        m.sharesProperty().set("80/10/20");
        assertThat(m.problemProperty().get()).contains("sum to 100");
        m.sharesProperty().set("70/15/15");
        m.seedProperty().set("seven");
        assertThat(m.problemProperty().get()).isEqualTo("The seed must be a whole number, not 'seven'.");
        m.seedProperty().set("7");
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.request().split().seed()).isEqualTo(7);

        Files.writeString(dir.resolve("news-claims"), "a file in the way");
        assertThat(m.problemProperty().get()).isNull(); // bindings follow the choices, not the disk: check again on the next change
        m.sharesProperty().set("80/10/10");
        assertThat(m.problemProperty().get()).isEqualTo(dir.resolve("news-claims") + " is a file: JSONL dataset with a split writes a folder.");
        m.splitProperty().set(false);
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.warningProperty().get()).isNull();
        Files.writeString(dir.resolve("news-claims.csv"), "old");
        choose(m, "csv");
        assertThat(m.warningProperty().get()).isEqualTo("news-claims.csv exists and will be replaced.");
        m.outProperty().set(dir.resolve("no-such-folder").resolve("x.csv").toString());
        assertThat(m.problemProperty().get()).isEqualTo(dir.resolve("no-such-folder").resolve("x.csv")
                + ": there is no folder " + dir.resolve("no-such-folder") + " to write it in.");
        m.outProperty().set(" ");
        assertThat(m.problemProperty().get()).isEqualTo("Choose where to write the export.");

        m.outProperty().set(dir.resolve("reviews.json").toString());
        choose(m, "claimreview");
        assertThat(m.problemProperty().get()).startsWith("ClaimReview needs the reviewing organisation");
        m.reviewAuthorProperty().set("Fact Desk");
        m.reviewUrlProperty().set("https://example.org/{id}");
        assertThat(m.problemProperty().get()).isNull();
        assertThat(m.request().options().reviewAuthor()).isEqualTo("Fact Desk");
        ExportViewModel noVerdict = new ExportViewModel(settings(), dir.resolve("news.parley"), null, List.of(), List.of("speaker", "stance"));
        choose(noVerdict, "claimreview");
        assertThat(noVerdict.problemProperty().get()).startsWith("ClaimReview needs a 'verdict' dimension");
    }

    @Test
    void theDialogRefusesTheCorpusAnyOtherCorpusAndAPipeBeforeItRuns() throws Exception {
        try (Corpus corpus = ExportFixture.create(dir)) {
            ExportViewModel m = new ExportViewModel(settings(), corpus.file(), null, List.of(), List.of("stance"));
            String before = org.parley.CorpusDump.content(corpus.file());
            for (String format : List.of("csv", "jsonl", "qdpx")) {
                choose(m, format);
                m.outProperty().set(corpus.file().toString());
                assertThat(m.problemProperty().get()).as(format).isEqualTo(corpus.file() + " is the open corpus: Parley never writes over it; choose another name.");
            }
            m.outProperty().set(corpus.file() + "-wal");
            assertThat(m.problemProperty().get()).contains("belongs to the open corpus");
            Path other = dir.resolve("other.db");
            Corpus.create(other).close();
            m.outProperty().set(other.toString());
            assertThat(m.problemProperty().get()).contains("is an SQLite database");
            Path fifo = dir.resolve("pipe");
            assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
            m.outProperty().set(fifo.toString());
            assertThat(m.problemProperty().get()).contains("not a regular file");

            m.outProperty().set(corpus.file().toString()); // were the dialog's check passed by, the export itself refuses
            ExportRequest request = new ExportRequest(ExportFormat.byName("csv"), null, false, null, null, corpus.file());
            OpenCorpus open = OpenCorpus.of(corpus, Runnable::run);
            m.run().start(open, request);
            assertThat(m.run().await(Duration.ofSeconds(20))).isTrue();
            assertThat(m.run().outcomeProperty().get().end()).isEqualTo(ExportRun.End.FAILED);
            assertThat(m.run().outcomeProperty().get().headline()).contains("is the open corpus");
            assertThat(org.parley.CorpusDump.content(corpus.file())).isEqualTo(before);
        }
    }

    @Test
    void cancellingInTheMiddleEndsWithNothingWritten() throws Exception {
        try (Corpus corpus = ExportFixture.create(dir)) {
            // enough documents that the export is still running when its first progress comes (400 were not, on a quick day)
            corpus.write("fill", c -> {
                for (int i = 0; i < 5000; i++) {
                    DocumentStore.insert(c, corpus.now(), new NewDocument("Statement " + i + " of many: the talks go on.\n",
                            DocumentMeta.titled("More " + i)), "tester");
                }
                return null;
            });
            ExportViewModel m = model(settings());
            choose(m, "csv");
            Files.writeString(dir.resolve("news-claims.csv"), "kept\n");
            int[] updates = new int[1];
            // the lane's callbacks run here, on the export's thread: Cancel is pressed at the first progress
            OpenCorpus open = OpenCorpus.of(corpus, update -> {
                update.run();
                if (++updates[0] == 1) {
                    assertThat(m.run().progressProperty().get()).isGreaterThan(0).isLessThan(1);
                    m.run().cancel();
                    assertThat(m.run().statusProperty().get()).isEqualTo("Cancelling…");
                }
            });
            m.start(open);
            assertThat(m.run().await(Duration.ofSeconds(20))).isTrue();
            assertThat(m.run().outcomeProperty().get().headline()).isEqualTo("Export cancelled: nothing was written.");
            assertThat(m.run().outcomeProperty().get().end()).isEqualTo(ExportRun.End.CANCELLED);
            assertThat(m.run().outcomeProperty().get().folder()).isNull();
            assertThat(m.run().runningProperty().get()).isFalse();
            assertThat(Files.readString(dir.resolve("news-claims.csv"))).isEqualTo("kept\n");
            assertThat(m.warningProperty().get()).isEqualTo("news-claims.csv exists and will be replaced.");
        }
    }

    @Test
    void anExportEndsInASummaryAndTheNextDialogStartsWhereThisOneLeftOff() throws Exception {
        Path out = Files.createDirectories(dir.resolve("exports"));
        Settings settings = settings();
        try (Corpus corpus = ExportFixture.create(dir)) {
            ExportViewModel m = model(settings);
            choose(m, "conll");
            m.outProperty().set(out.resolve("ner.conll").toString());
            m.coderProperty().set("Anna");
            OpenCorpus open = OpenCorpus.of(corpus, Runnable::run);
            m.start(open);
            assertThat(m.run().await(Duration.ofSeconds(20))).isTrue();
            ExportRun.Outcome o = m.run().outcomeProperty().get();
            assertThat(o.ok()).isTrue();
            assertThat(o.headline()).isEqualTo("Exported 13 claims from 12 documents as CoNLL (IOB2).");
            assertThat(o.details()).first().isEqualTo("File: " + out.resolve("ner.conll"));
            assertThat(o.details()).anySatisfy(d -> assertThat(d).startsWith("0 claim(s) dropped"));
            assertThat(o.folder()).isEqualTo(out);
            assertThat(m.run().runningProperty().get()).isFalse();

            m.labelProperty().set("mood"); // a dimension the codebook lacks: the export fails whole
            m.outProperty().set(out.resolve("again.conll").toString());
            m.start(open);
            assertThat(m.run().await(Duration.ofSeconds(20))).isTrue();
            o = m.run().outcomeProperty().get();
            assertThat(o.end()).isEqualTo(ExportRun.End.FAILED);
            assertThat(o.headline()).startsWith("Could not export " + out.resolve("again.conll") + ": ").contains("mood");
            assertThat(out.resolve("again.conll")).doesNotExist();
        }
        settings.save(); // the window saves a second later, or when it closes
        ExportViewModel next = model(Settings.load(dir.resolve("settings.properties")));
        assertThat(next.formatProperty().get().name()).isEqualTo("conll");
        assertThat(next.outProperty().get()).isEqualTo(out.resolve("news-claims.conll").toString());
    }
}
