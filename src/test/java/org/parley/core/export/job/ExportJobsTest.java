package org.parley.core.export.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.export.ExportResult;
import org.parley.core.export.Selection;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Span;
import org.parley.core.session.JobWatcher;
import org.parley.core.session.OpenCorpus;
import org.parley.core.session.Progress;
import org.parley.core.session.RunningJob;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentWriter;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.parley.core.store.TestCorpus;

/** Exports from the app run on the jobs lane, on a connection of their own: saves reach the file while they run. */
class ExportJobsTest {
    static final int DOCUMENTS = 10_000;

    @TempDir
    Path dir;

    private static Corpus corpusOf(Path dir, int documents) {
        Corpus corpus = TestCorpus.create(dir);
        corpus.write("add documents", c -> {
            try (DocumentWriter w = new DocumentWriter(c, corpus.now())) {
                for (int i = 0; i < documents; i++) {
                    w.insert(new NewDocument("Statement " + i + ": the minister said the talks on the treaty will continue.\n",
                            DocumentMeta.titled("Statement " + i)), "tester", true);
                }
                w.indexPending();
            }
            return null;
        });
        return corpus;
    }

    /** Tells each ending through futures, progress into a list. */
    static final class Watcher implements JobWatcher<ExportResult> {
        final List<Progress> progress = new CopyOnWriteArrayList<>();
        final CompletableFuture<ExportResult> done = new CompletableFuture<>();
        final CountDownLatch cancelled = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);

        @Override
        public void progress(Progress p) {
            progress.add(p);
            if (p.done() > 0) {
                started.countDown();
            }
        }

        @Override
        public void done(ExportResult result) {
            done.complete(result);
        }

        @Override
        public void failed(Throwable error) {
            done.completeExceptionally(error);
        }

        @Override
        public void cancelled() {
            cancelled.countDown();
        }
    }

    private static ExportRequest jsonl(Path out) {
        return new ExportRequest(ExportFormat.byName("jsonl"), Selection.all(), false, null, null, out);
    }

    @Test
    void aSaveMadeWhileATenThousandDocumentExportRunsReachesTheFileBeforeTheExportEnds() {
        assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            try (Corpus corpus = corpusOf(dir, DOCUMENTS)) {
                OpenCorpus open = OpenCorpus.of(corpus, Runnable::run);
                Path out = dir.resolve("all.jsonl");
                Watcher watcher = new Watcher();
                RunningJob job = ExportJobs.start(open, jsonl(out), watcher);
                assertThat(watcher.started.await(60, TimeUnit.SECONDS)).as("the export started").isTrue();
                AtomicReference<Boolean> exportRunningWhenSaved = new AtomicReference<>();
                CountDownLatch saved = new CountDownLatch(1);
                open.save("save a claim", c -> new AnnotationStore(c).add(new NewAnnotation(null, 1, new Span(0, 9), Map.of(), "",
                        AnnotationStatus.ACCEPTED, "Anna")), a -> {
                    exportRunningWhenSaved.set(!job.isDone());
                    saved.countDown();
                });
                assertThat(saved.await(30, TimeUnit.SECONDS)).isTrue();
                assertThat(exportRunningWhenSaved.get()).as("the save did not wait for the export").isTrue();
                try (Corpus other = Corpus.openToRead(corpus.file())) { // the save is in the file, for any reader
                    assertThat(new AnnotationStore(other).forDocument(1)).hasSize(1);
                }
                ExportResult r = watcher.done.get(90, TimeUnit.SECONDS);
                assertThat(r.documents()).isEqualTo(DOCUMENTS);
                assertThat(Files.readAllLines(out)).hasSize(DOCUMENTS);
                // progress came coalesced (at most about one update per 50 ms), not one per document
                assertThat(watcher.progress).isNotEmpty().hasSizeLessThan(DOCUMENTS / 10);
                open.jobs().close();
                open.saves().close();
            }
        });
    }

    @Test
    void cancelStopsTheExportAndLeavesNothingBehind() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Corpus corpus = corpusOf(dir, 2_000)) {
                OpenCorpus open = OpenCorpus.of(corpus, Runnable::run);
                Path out = dir.resolve("cancelled.jsonl");
                Watcher watcher = new Watcher();
                RunningJob job = ExportJobs.start(open, jsonl(out), watcher);
                job.cancel();
                assertThat(watcher.cancelled.await(30, TimeUnit.SECONDS)).isTrue();
                assertThat(watcher.done).isNotDone();
                try (var files = Files.list(dir)) {
                    assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("cancelled"));
                }
                open.jobs().close();
                open.saves().close();
            }
        });
    }

    @Test
    void theDialogsCoderChoiceIsReadOnTheOrderedLane() throws Exception {
        try (Corpus corpus = corpusOf(dir, 1)) {
            new AnnotationStore(corpus).add(new NewAnnotation(null, 1, new Span(0, 9), Map.of(), "", AnnotationStatus.ACCEPTED, "Boris"));
            OpenCorpus open = OpenCorpus.of(corpus, Runnable::run);
            CompletableFuture<List<String>> coders = new CompletableFuture<>();
            ExportJobs.coders(open, coders::complete, coders::completeExceptionally);
            assertThat(coders.get(30, TimeUnit.SECONDS)).contains("Boris");
            open.jobs().close();
            open.saves().close();
        }
    }
}
