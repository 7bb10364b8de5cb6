package org.parley.ui.bench;

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
import org.parley.core.bench.Benchmark;
import org.parley.core.bench.Comparison;
import org.parley.core.bench.Stats;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.model.Annotation;
import org.parley.core.store.Corpus;
import org.parley.core.text.Offsets;
import org.parley.ui.coding.Workspace;
import org.parley.ui.common.TaskRunner;
import org.parley.ui.reader.Highlights;
import org.parley.ui.reader.ReaderView;

/**
 * {@code parley bench --section ui}: the reader on a 2 MB document with 10,000 claims, measured until the
 * frame after text and highlights are applied, beside a bare RichTextFX area given the same text and
 * the same (precomputed) highlight spans in the same run. Needs a display: run it under Xvfb
 * ({@code xvfb-run -a java -jar parley.jar bench --section ui --articles 10}).
 */
public final class UiBench implements Benchmark.Section {
    static final int CLAIMS = 10_000;
    static final int REPEATS = 3;

    @Override
    public String name() {
        return "ui";
    }

    @Override
    public List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        startFx();
        String text = BenchText.document(2_000_000, new Random(7));
        List<Comparison> out = new ArrayList<>();
        try (Corpus corpus = Corpus.create(work.resolve("ui.parley"))) {
            long doc = BenchText.fill(corpus, text, CLAIMS, new Random(11));
            Workspace workspace = fx(() -> new Workspace(corpus, "bench", TaskRunner.background()));
            ReaderView reader = fx(() -> new ReaderView(workspace));
            Stage stage = fx(() -> show(reader));
            double[] open = new double[REPEATS];
            double[] bare = new double[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                open[i] = timeUntilPainted(reader, () -> workspace.open(doc, () -> { }));
                List<Annotation> claims = fx(() -> List.copyOf(workspace.claims()));
                StyleSpans<String> spans = Highlights.compute(Offsets.of(text), claims, a -> "#ffb3b3", null);
                bare[i] = timeBare(stage, text, spans);
            }
            out.add(new Comparison("ui.open2mb10kClaims", "ms", Stats.median(open), Stats.median(bare)));

            double[] add = new double[REPEATS];
            double[] addBare = new double[REPEATS];
            for (int i = 0; i < REPEATS; i++) {
                int at = 1000 + i * 997;
                add[i] = timeUntilPainted(reader, () -> {
                    workspace.select(null);
                    workspace.makeClaim(at, at + 40);
                });
                List<Annotation> now = fx(() -> List.copyOf(workspace.claims()));
                StyleSpans<String> spans = Highlights.compute(Offsets.of(text), now, a -> "#ffb3b3", null);
                addBare[i] = timeSpansOnly(text, spans);
            }
            out.add(new Comparison("ui.addClaimRepaint", "ms", Stats.median(add), Stats.median(addBare)));
            workspace.runner().drain();
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

    private static double timeUntilPainted(ReaderView reader, Runnable action) throws Exception {
        CountDownLatch painted = new CountDownLatch(1);
        fx(() -> {
            reader.onPainted(painted::countDown);
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
