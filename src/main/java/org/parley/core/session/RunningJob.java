package org.parley.core.session;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A job started on the jobs lane: its name, Cancel, and a way to wait for its end. */
public final class RunningJob {
    private final String name;
    private final JobControl control;
    private final CountDownLatch ended = new CountDownLatch(1);

    RunningJob(String name, JobControl control) {
        this.name = name;
        this.control = control;
    }

    public String name() {
        return name;
    }

    /** Asks the job to stop at its next step; its watcher then hears {@code cancelled()}. */
    public void cancel() {
        control.cancel();
    }

    public boolean isCancelled() {
        return control.cancelled();
    }

    public boolean isDone() {
        return ended.getCount() == 0;
    }

    /** Waits for the job to end (its watcher may still be told a moment later); true when it did. */
    public boolean await(Duration limit) {
        try {
            return ended.await(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void end() {
        ended.countDown();
    }
}
