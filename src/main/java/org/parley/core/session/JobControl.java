package org.parley.core.session;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * What a running job sees: where to report progress (any rate: the lane passes on at most one update
 * per {@link JobLane#PROGRESS_INTERVAL_MS} ms, the latest) and whether it was cancelled.
 */
public final class JobControl {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Progress> latest = new AtomicReference<>();
    private final AtomicBoolean deliveryPending = new AtomicBoolean();
    private final ScheduledExecutorService timer;
    private final Executor callbacks;
    private final Consumer<Progress> watcher;
    private volatile boolean finished;

    JobControl(ScheduledExecutorService timer, Executor callbacks, Consumer<Progress> watcher) {
        this.timer = timer;
        this.callbacks = callbacks;
        this.watcher = watcher;
    }

    /** A control that reports nowhere and is never cancelled: for running a job's code synchronously (the CLI). */
    public static JobControl detached() {
        return new JobControl(null, Runnable::run, p -> { });
    }

    /** A control that tells {@code watcher} every report at once, on the calling thread (the CLI's progress bar). */
    public static JobControl direct(Consumer<Progress> watcher) {
        return new JobControl(null, Runnable::run, watcher);
    }

    public void progress(long done, long total, String text) {
        Progress p = new Progress(done, total, text);
        latest.set(p);
        if (timer == null) {
            watcher.accept(p);
            return;
        }
        if (deliveryPending.compareAndSet(false, true)) {
            timer.schedule(this::deliver, JobLane.PROGRESS_INTERVAL_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void deliver() {
        deliveryPending.set(false);
        Progress p = latest.get();
        if (p != null && !finished) {
            callbacks.execute(() -> {
                if (!finished) {
                    watcher.accept(p);
                }
            });
        }
    }

    /** The last progress reported (null before the first). */
    public Progress latest() {
        return latest.get();
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Throws {@link JobCancelledException} once the job was cancelled: call it between steps. */
    public void stopIfCancelled() {
        if (cancelled.get()) {
            throw new JobCancelledException();
        }
    }

    /** The flag a library's loop polls (for code that takes an {@code AtomicBoolean}). */
    public AtomicBoolean cancelFlag() {
        return cancelled;
    }

    void cancel() {
        cancelled.set(true);
    }

    void finish() {
        finished = true;
    }
}
