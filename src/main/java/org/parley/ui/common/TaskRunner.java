package org.parley.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * The one way the app does work off the FX thread: a {@link Task} on a single background thread (so
 * writes stay in the order the coder made them), with {@code done} and {@code failed} called back on the
 * FX thread. {@link #synchronous()} is its twin for tests: the same calls, run at once on the caller.
 */
public interface TaskRunner {
    <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /**
     * Pure computation (no corpus access, e.g. highlights) on a lane of its own, so it never waits behind
     * a durable write; {@code done} is called on the FX thread.
     */
    <T> void compute(String what, Callable<T> work, Consumer<T> done);

    /** Waits for the writes queued so far; only for work that must finish before the window closes. */
    void drain();

    static TaskRunner background() {
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-work");
            t.setDaemon(true);
            return t;
        });
        ExecutorService computing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-compute");
            t.setDaemon(true);
            return t;
        });
        return new TaskRunner() {
            @Override
            public <T> void compute(String what, Callable<T> work, Consumer<T> done) {
                submit(computing, work, done, e -> System.getLogger(TaskRunner.class.getName())
                        .log(System.Logger.Level.ERROR, what + " failed", e));
            }

            @Override
            public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                submit(executor, work, done, failed);
            }

            private <T> void submit(ExecutorService lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                Task<T> task = new Task<>() {
                    @Override
                    protected T call() throws Exception {
                        return work.call();
                    }
                };
                task.setOnSucceeded(e -> done.accept(task.getValue()));
                task.setOnFailed(e -> failed.accept(task.getException()));
                lane.execute(task);
            }

            @Override
            public void drain() {
                try {
                    executor.submit(() -> null).get();
                } catch (Exception e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    static TaskRunner synchronous() {
        return new TaskRunner() {
            @Override
            public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }

            @Override
            public <T> void compute(String what, Callable<T> work, Consumer<T> done) {
                run(what, work, done, e -> {
                    throw new IllegalStateException(what + " failed", e);
                });
            }

            @Override
            public void drain() {
            }
        };
    }
}
