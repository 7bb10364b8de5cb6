package org.parley.core.session;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The jobs lane beside the saves: imports, exports, backups (and merging coders' work) run here, each
 * on a thread of its own, so a save never waits behind a 100,000-document export. One mechanism for
 * every job: progress coalesced to at most 20 updates a second, Cancel, and one ending (done, failed or
 * cancelled) told through the callbacks executor. A failing job stops nothing else.
 */
public final class JobLane implements AutoCloseable {
    /** The shortest gap between two progress updates a watcher hears. */
    public static final long PROGRESS_INTERVAL_MS = 50;
    private static final System.Logger LOG = System.getLogger(JobLane.class.getName());

    private final Executor callbacks;
    private final AtomicInteger numbers = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "parley-job-" + numbers.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-job-progress");
        t.setDaemon(true);
        return t;
    });
    private final List<RunningJob> running = new CopyOnWriteArrayList<>();

    public JobLane(Executor callbacks) {
        this.callbacks = callbacks;
    }

    public <T> RunningJob start(String name, Job<T> job, JobWatcher<T> watcher) {
        JobControl control = new JobControl(timer, callbacks, watcher::progress);
        RunningJob handle = new RunningJob(name, control);
        running.add(handle);
        threads.execute(() -> {
            try {
                T result = job.run(control);
                control.finish();
                callbacks.execute(() -> watcher.done(result));
            } catch (Throwable e) {
                control.finish();
                if (control.cancelled() || e instanceof JobCancelledException) {
                    callbacks.execute(watcher::cancelled);
                } else {
                    LOG.log(System.Logger.Level.WARNING, name + " failed", e);
                    callbacks.execute(() -> watcher.failed(e));
                }
            } finally {
                running.remove(handle);
                handle.end();
            }
        });
        return handle;
    }

    /** The jobs still running, oldest first. */
    public List<RunningJob> running() {
        return List.copyOf(running);
    }

    /** Cancels every running job and waits up to {@code limit} for them to stop. */
    public void cancelAll(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        running.forEach(RunningJob::cancel);
        for (RunningJob j : running) {
            j.await(Duration.ofNanos(Math.max(0, end - System.nanoTime())));
        }
    }

    @Override
    public void close() {
        threads.shutdown();
        timer.shutdown();
    }
}
