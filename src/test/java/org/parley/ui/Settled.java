package org.parley.ui;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.parley.core.session.CorpusOpener;
import org.parley.core.session.CorpusWork;
import org.parley.core.store.Corpus;
import org.parley.core.session.RunningJob;
import org.parley.ui.common.Computing;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits in a test for the window's background work to end: the open corpus's ordered lane (saves and reads), its
 * jobs, the highlight computation, and what each told the FX thread, a few rounds over (an answer may ask for more).
 */
public final class Settled {
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private Settled() {
    }

    public static void window(MainWindow window) {
        for (int round = 0; round < 4; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            CorpusSession s = window.session();
            if (s != null) {
                s.corpus().saves().settle(LIMIT);
                for (RunningJob j : s.corpus().jobs().running()) {
                    if (!j.await(LIMIT)) {
                        throw new AssertionError(j.name() + " did not end in 30 s");
                    }
                }
            }
            Computing.settle(LIMIT);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a dialog's button once its window is showing (a dialog opened by a later event shows a moment after). */
    public static void click(org.testfx.api.FxRobot robot, String button) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(button).tryQuery()
                    .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                            && n.getScene().getWindow().isShowing())
                    .isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(button + " did not show in 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(button);
    }

    /** Reads the window's corpus on its ordered lane (after every save made before), from the test's thread. */
    public static <T> T read(MainWindow window, CorpusWork<T> work) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        window.session().corpus().read("a test's read", work, answer::complete, answer::completeExceptionally);
        try {
            return answer.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the test's read failed", e);
        }
    }

    /** The window the app would show on {@code corpus} (already open), with its codebook, for the test to show. */
    public static CorpusOpener.Opened opened(Corpus corpus) {
        return new CorpusOpener("tester", Platform::runLater).opened(corpus, null);
    }
}
