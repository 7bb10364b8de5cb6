package org.parley.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.model.Annotation;
import org.parley.core.store.Corpus;
import org.parley.core.text.Offsets;
import org.parley.ui.coding.Workspace;
import org.parley.ui.reader.Highlights;
import org.parley.ui.reader.ReaderView;

/**
 * {@code parley bench --section ui}: the reader on a 2 MB document with 10,000 claims, measured until the
 * frame after text and highlights are applied, beside a bare RichTextFX area given the same text and
 * the same (precomputed) highlight spans in the same run; {@code ui.scrollWorstStep} is the longest of 60
 * jumps through the coded document (request to painted frame), which bounds any stall of the FX thread. Needs a display: run it under Xvfb
 * ({@code xvfb-run -a java -jar parley.jar bench --section ui --articles 10}).
 */
public final class UiBench implements Benchmark.Section {
    static final int CLAIMS = 10_000;
    static final int REPEATS = 5;

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        if (!hasDisplay()) {
            // the other sections still run: say why this one has no figures instead of failing them all
            System.err.println("parley bench: the ui section was skipped: no display (run it under Xvfb: "
                    + "xvfb-run -a java -jar parley.jar bench --section ui --articles 10)");
            return List.of();
        }
        startFx();
        String text = BenchText.document(2_000_000, new Random(7));
        List<Comparison> out = new ArrayList<>();
        try (Corpus corpus = Corpus.create(work.resolve("ui.parley"))) {
            long doc = BenchText.fill(corpus, text, CLAIMS, new Random(11));
            var opened = new org.parley.core.session.CorpusOpener("bench", Platform::runLater).opened(corpus, null);
            Workspace workspace = fx(() -> new Workspace(opened.corpus(), "bench", opened.codebook()));
            ReaderView reader = fx(() -> new ReaderView(workspace));
            Stage stage = fx(() -> show(reader));
            double[] open = new double[REPEATS];
            double[] bare = new double[REPEATS];
            double[] firstPaint = new double[REPEATS];
            double[] bareText = new double[REPEATS];
            long other = new org.parley.core.store.DocumentStore(corpus).add(new org.parley.core.store.NewDocument(
                    "A short document to switch to between runs.", org.parley.core.model.DocumentMeta.titled("short")), "bench").id();
            for (int i = 0; i < REPEATS; i++) {
                timeUntilPainted(reader, () -> workspace.open(other, () -> { }), () -> true);
                firstPaint[i] = timeUntilPainted(reader, () -> workspace.open(doc, () -> { }), () -> true);
                bareText[i] = timeBare(stage, text, null);
                timeUntilPainted(reader, () -> workspace.open(other, () -> { }), () -> true);
                // painted with all the claims, not just the text (which shows first)
                open[i] = timeUntilPainted(reader, () -> workspace.open(doc, () -> { }), () -> workspace.claims().size() >= CLAIMS);
                List<Annotation> claims = fx(() -> List.copyOf(workspace.claims()));
                StyleSpans<String> spans = Highlights.compute(Offsets.of(text), claims, a -> "#ffb3b3", null);
                bare[i] = timeBare(stage, text, spans);
            }
            out.add(new Comparison("ui.firstPaint2mb", "ms", Stats.median(firstPaint), Stats.median(bareText)));
            out.add(new Comparison("ui.open2mb10kClaims", "ms", Stats.median(open), Stats.median(bare)));

            double[] add = new double[REPEATS];
            double[] addBare = new double[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                int at = 1000 + i * 997;
                add[i] = timeUntilPainted(reader, () -> {
                    workspace.select(null);
                    workspace.makeClaim(at, at + 40);
                }, () -> true);
                List<Annotation> now = fx(() -> List.copyOf(workspace.claims()));
                StyleSpans<String> spans = Highlights.compute(Offsets.of(text), now, a -> "#ffb3b3", null);
                addBare[i] = timeSpansOnly(text, spans);
            }
            out.add(new Comparison("ui.addClaimRepaint", "ms", Stats.median(add), Stats.median(addBare)));

            // scrolling through the coded 2 MB document as a dragged scroll bar does: the longest step from
            // the request to the frame that shows it bounds how long the FX thread was ever busy
            List<Annotation> all = fx(() -> List.copyOf(workspace.claims()));
            StyleSpans<String> allSpans = Highlights.compute(Offsets.of(text), all, a -> "#ffb3b3", null);
            out.add(new Comparison("ui.scrollWorstStep", "ms", scrollWorst(reader.getScene(), reader.area()),
                    scrollWorstBare(text, allSpans)));
            out.add(ListBench.run(work));

            // one 200,000-character paragraph (PDF extractions look like this): shown once each, no claims
            String paragraph = text.replace("\n\n", " ").substring(0, 200_000);
            long para = new org.parley.core.store.DocumentStore(corpus).add(new org.parley.core.store.NewDocument(
                    paragraph, org.parley.core.model.DocumentMeta.titled("one paragraph")), "bench").id();
            double longOurs = timeUntilPainted(reader, () -> workspace.open(para, () -> { }), () -> true);
            double longBare = timeBare(stage, paragraph, null);
            out.add(new Comparison("ui.paragraph200k", "ms", longOurs, longBare));
            opened.corpus().saves().settle(java.time.Duration.ofSeconds(30));
            fx(() -> {
                stage.close();
                return null;
            });
        }
        return out;
    }

    private static Stage show(javafx.scene.Parent root) {
        Stage s = new Stage();
        s.setScene(new Scene(root, 1200, 800));
        s.show();
        return s;
    }

    private static double timeUntilPainted(ReaderView reader, Runnable action, java.util.function.BooleanSupplier complete)
            throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        fx(() -> {
            reader.onPainted(() -> {
                if (complete.getAsBoolean()) {
                    painted.countDown();
                }
            });
            return null;
        });
        long t0 = System.nanoTime();
        Platform.runLater(action);
        if (!painted.await(120, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the reader did not paint within 120 s");
        }
        nextFrame(reader.getScene());
        return (System.nanoTime() - t0) / 1e6;
    }

    private static double timeBare(Stage stage, String text, StyleSpans<String> spans) throws Exception {
        InlineCssTextArea area = fx(() -> {
            InlineCssTextArea a = new InlineCssTextArea();
            a.setWrapText(true);
            return a;
        });
        Stage bare = fx(() -> show(new VirtualizedScrollPane<>(area)));
        long t0 = System.nanoTime();
        fx(() -> {
            area.replaceText(text);
            if (spans != null) {
                area.setStyleSpans(0, spans);
            }
            return null;
        });
        nextFrame(bare.getScene());
        double ms = (System.nanoTime() - t0) / 1e6;
        fx(() -> {
            bare.close();
            return null;
        });
        return ms;
    }

    static final int SCROLL_STEPS = 60;

    private static double scrollWorst(Scene scene, org.fxmisc.richtext.GenericStyledArea<?, ?, ?> area) throws Exception {
        int paragraphs = fx(() -> area.getParagraphs().size());
        // the garbage the bench's own set-up left (other areas, other documents) is collected first, for
        // both sides alike, so the steps time the scrolling and not the bench
        System.gc();
        double worst = 0;
        for (int i = 1; i <= SCROLL_STEPS; i++) {
            int target = (int) ((long) paragraphs * i / (SCROLL_STEPS + 1));
            long t0 = System.nanoTime();
            fx(() -> {
                area.showParagraphAtTop(target);
                return null;
            });
            nextFrame(scene);
            worst = Math.max(worst, (System.nanoTime() - t0) / 1e6);
        }
        return worst;
    }

    private static double scrollWorstBare(String text, StyleSpans<String> spans) throws Exception {
        InlineCssTextArea area = fx(() -> {
            InlineCssTextArea a = new InlineCssTextArea();
            a.setWrapText(true);
            a.replaceText(text);
            a.setStyleSpans(0, spans);
            return a;
        });
        Stage bare = fx(() -> show(new VirtualizedScrollPane<>(area)));
        nextFrame(bare.getScene());
        double worst = scrollWorst(bare.getScene(), area);
        fx(() -> {
            bare.close();
            return null;
        });
        return worst;
    }

    /** The bare area already showing the text: the time to apply the new highlight spans to all of it. */
    private static double timeSpansOnly(String text, StyleSpans<String> spans) throws Exception {
        InlineCssTextArea area = fx(() -> {
            InlineCssTextArea a = new InlineCssTextArea();
            a.setWrapText(true);
            return a;
        });
        Stage bare = fx(() -> show(new VirtualizedScrollPane<>(area)));
        fx(() -> {
            area.replaceText(text);
            return null;
        });
        nextFrame(bare.getScene());
        long t0 = System.nanoTime();
        fx(() -> {
            area.setStyleSpans(0, spans);
            return null;
        });
        nextFrame(bare.getScene());
        double ms = (System.nanoTime() - t0) / 1e6;
        fx(() -> {
            bare.close();
            return null;
        });
        return ms;
    }

    /** Waits until the scene has been laid out in a pulse after now (the frame that shows the change). */
    private static void nextFrame(Scene scene) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.countDown();
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        done.await(60, TimeUnit.SECONDS);
    }

    static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get(120, TimeUnit.SECONDS);
    }

    private static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return true;
        }
        return System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }

    private static void startFx() throws InterruptedException {
        CountDownLatch up = new CountDownLatch(1);
        try {
            Platform.startup(up::countDown);
        } catch (IllegalStateException alreadyRunning) {
            up.countDown();
        } catch (UnsupportedOperationException noDisplay) {
            throw new IllegalStateException("the ui section needs a display: run it under Xvfb "
                    + "(xvfb-run -a java -jar parley.jar bench --section ui)", noDisplay);
        }
        Platform.setImplicitExit(false);
        up.await(30, TimeUnit.SECONDS);
    }
}
