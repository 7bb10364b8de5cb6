package org.parley.core.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The ordered lane of an open corpus: every save, and every read that must see the saves made before it,
 * runs here one at a time in the order it was made. When a save fails the lane halts: that save and
 * every save made after it are kept, unsaved, in their order. {@link #retry} runs them again from the
 * failed one, so the corpus always ends in the last state the coder made; {@link #discard} drops them
 * (the window asks first). While halted, reads still run and see what is on disk.
 *
 * <p>Answers ({@code done}, {@code failed}) and status changes reach the caller through the
 * {@code callbacks} executor (the FX thread in the app, the calling thread's own executor in tests).
 */
public final class SaveLane implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SaveLane.class.getName());

    private record Step(String what, Callable<?> work, Consumer<Object> done, Consumer<Throwable> failed, boolean save) {
    }

    private final ExecutorService thread;
    private final Executor callbacks;
    private final LinkedList<Step> queue = new LinkedList<>();
    private final List<Consumer<SaveStatus>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean halted;
    private boolean running;
    private boolean closed;
    private String problem;
    private String failedWhat;

    public SaveLane(Executor callbacks) {
        this.callbacks = callbacks;
        this.thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-saves");
            t.setDaemon(true);
            return t;
        });
    }

    /** Stores a change; {@code done} gets the store's answer through the callbacks. Failure halts the lane (see the class). */
    @SuppressWarnings("unchecked")
    public <T> void save(String what, Callable<T> work, Consumer<? super T> done) {
        enqueue(new Step(what, work, (Consumer<Object>) done, e -> { }, true));
    }

    /** Reads after every save made before it (unless the lane is halted: then at once, from what is on disk). */
    @SuppressWarnings("unchecked")
    public <T> void read(String what, Callable<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        enqueue(new Step(what, work, (Consumer<Object>) done, failed, false));
    }

    private void enqueue(Step step) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the corpus is closed: cannot " + step.what());
            }
            queue.add(step);
            wake();
        }
        publish();
    }

    /** Starts the lane's thread when there is something it may run; holds the monitor. */
    private void wake() {
        if (!running && nextRunnable() != null) {
            running = true;
            thread.execute(this::drain);
        }
    }

    private Step nextRunnable() {
        if (!halted) {
            return queue.peek();
        }
        for (Step s : queue) {
            if (!s.save()) {
                return s;
            }
        }
        return null;
    }

    private void drain() {
        while (true) {
            Step step;
            synchronized (this) {
                step = nextRunnable();
                if (step == null) {
                    running = false;
                    notifyAll();
                    break;
                }
            }
            run(step);
        }
        publish();
    }

    private void run(Step step) {
        Object result;
        try {
            result = step.work().call();
        } catch (Throwable e) {
            LOG.log(System.Logger.Level.WARNING, step.what() + " failed", e);
            if (step.save()) {
                synchronized (this) {
                    halted = true;
                    problem = reason(e);
                    failedWhat = step.what();
                }
            } else {
                synchronized (this) {
                    queue.remove(step);
                }
                callbacks.execute(() -> step.failed().accept(e));
            }
            publish();
            return;
        }
        synchronized (this) {
            queue.remove(step);
        }
        callbacks.execute(() -> step.done().accept(result));
        publish();
    }

    static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t.getMessage().isBlank())) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Runs the kept saves again, oldest first, then everything made since. */
    public void retry() {
        synchronized (this) {
            if (!halted) {
                return;
            }
            halted = false;
            problem = null;
            failedWhat = null;
            wake();
        }
        publish();
    }

    /** Drops the kept saves (their changes are lost); returns how many. Only while halted. */
    public int discard() {
        int n = 0;
        synchronized (this) {
            if (!halted) {
                return 0;
            }
            for (Iterator<Step> it = queue.iterator(); it.hasNext();) {
                if (it.next().save()) {
                    it.remove();
                    n++;
                }
            }
            halted = false;
            problem = null;
            failedWhat = null;
            wake();
        }
        publish();
        return n;
    }

    /** Saves made but not yet on disk: kept after a failure, or still waiting their turn. */
    public synchronized int unsaved() {
        return (int) queue.stream().filter(Step::save).count();
    }

    public synchronized SaveStatus status() {
        return new SaveStatus(unsaved(), halted, problem, failedWhat);
    }

    /** Told (through the callbacks) after every change of {@link #status()}. */
    public void onStatus(Consumer<SaveStatus> listener) {
        listeners.add(listener);
    }

    private void publish() {
        if (listeners.isEmpty()) {
            return;
        }
        SaveStatus now = status();
        callbacks.execute(() -> listeners.forEach(l -> l.accept(now)));
    }

    /**
     * Waits until every save made so far is on disk, or the lane halts, or {@code limit} passes;
     * true when nothing is left unsaved.
     */
    public boolean settle(Duration limit) {
        long end = System.nanoTime() + limit.toNanos();
        synchronized (this) {
            while (running || (!halted && !queue.isEmpty())) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return queue.stream().noneMatch(Step::save);
        }
    }

    /** Stops taking work; what is queued is run (unless halted) before the thread ends. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        thread.shutdown();
    }

    /** The kept saves' names, oldest first (for the window's "not saved" message). */
    public synchronized List<String> keptNames() {
        List<String> names = new ArrayList<>();
        queue.stream().filter(Step::save).forEach(s -> names.add(s.what()));
        return names;
    }
}
