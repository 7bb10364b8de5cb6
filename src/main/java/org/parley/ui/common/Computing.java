package org.parley.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Pure computation for the window (no corpus: the highlights of 10,000 claims, for example) on a thread of its
 * own, so it never waits behind a save and never holds up the FX thread; the answer comes back on the FX thread.
 */
public final class Computing {
    private static final System.Logger LOG = System.getLogger(Computing.class.getName());
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-compute");
        t.setDaemon(true);
        return t;
    });

    private Computing() {
    }

    /** Runs {@code work} off the FX thread; {@code done} gets its answer on the FX thread (a failure is logged). */
    public static <T> void compute(String what, Callable<T> work, Consumer<T> done) {
        THREAD.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                LOG.log(System.Logger.Level.ERROR, what + " failed", e);
                return;
            }
            Platform.runLater(() -> done.accept(result));
        });
    }

    /** Waits until the computations asked for so far are done (and their answers posted to the FX thread). */
    public static void settle(Duration limit) {
        var marker = new java.util.concurrent.CompletableFuture<Void>();
        THREAD.execute(() -> marker.complete(null));
        try {
            marker.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
