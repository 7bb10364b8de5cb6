package org.parley.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether every change the coder made is on disk, and the order changes reach it in (ADR 0010). Saves and
 * the reads that must see them go to the {@link TaskRunner}'s single background thread in the order made.
 * When a save fails, saving halts there, on that thread: every save after it skips itself and is kept, in
 * order, so none runs ahead of the failed one. {@link #retry} queues "go on" and then the kept saves again,
 * oldest first, so the corpus ends at the last state the coder made and never gets an older one back.
 * Reads still run while halted (they see what is on disk). {@link #discard} drops the kept saves.
 */
public final class SaveState {
    public enum State { SAVED, SAVING, NOT_SAVED }

    /** A save made and not yet confirmed; {@code stored} and {@code failure} are set on the background thread. */
    private static final class Save {
        final String what;
        final Callable<?> work;
        final Consumer<Object> done;
        volatile boolean stored;
        volatile Throwable failure;

        Save(String what, Callable<?> work, Consumer<Object> done) {
            this.what = what;
            this.work = work;
            this.done = done;
        }
    }

    /** Thrown on the background thread by a save that waits behind a failed one. */
    private static final class Kept extends Exception {
        Kept() {
            super("kept behind a failed save", null, false, false);
        }
    }

    private static final System.Logger LOG = System.getLogger(SaveState.class.getName());
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Saved");
    /** Saves not yet confirmed, in the order made. */
    private final Deque<Save> unconfirmed = new ArrayDeque<>();
    /** Set on the background thread when a save fails; cleared there, in order, by Retry or Discard. */
    private final AtomicBoolean haltedBehind = new AtomicBoolean();
    private boolean halted;
    private boolean leaving;
    private String problem;

    public SaveState(TaskRunner runner) {
        this.runner = runner;
    }

    /** Stores a change; {@code done} gets the store's answer on the FX thread. */
    @SuppressWarnings("unchecked")
    public <T> void save(String what, Callable<T> work, Consumer<T> done) {
        Save s = new Save(what, work, (Consumer<Object>) done);
        unconfirmed.add(s);
        submit(s);
        refresh();
    }

    private void submit(Save s) {
        s.stored = false;
        s.failure = null;
        runner.run(s.what, () -> {
            if (haltedBehind.get()) {
                throw new Kept();
            }
            try {
                Object result = s.work.call();
                s.stored = true;
                return result;
            } catch (Exception | Error e) {
                s.failure = e;
                haltedBehind.set(true);
                throw e;
            }
        }, result -> {
            if (!leaving && unconfirmed.remove(s)) {
                s.done.accept(result);
                refresh();
            }
        }, error -> {
            if (leaving || error instanceof Kept) {
                return;
            }
            LOG.log(System.Logger.Level.ERROR, s.what + " failed", error);
            halted = true;
            problem = reason(error);
            refresh();
        });
    }

    /** Reads after every save made before it (while halted, from what is on disk). */
    public <T> void read(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        runner.run(what, work, done, failed);
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Runs the kept saves again from the one that failed, in the order they were made. */
    public void retry() {
        if (!halted) {
            return;
        }
        halted = false;
        problem = null;
        goOn();
        java.util.List.copyOf(unconfirmed).forEach(this::submit);
        refresh();
    }

    /** Queues "go on" behind everything queued so far, so the saves skipped before it stay skipped. */
    private void goOn() {
        runner.run("go on saving", () -> {
            haltedBehind.set(false);
            return null;
        }, x -> { }, e -> { });
    }

    /** Drops the kept saves (their changes are lost, as the window warned); returns how many. */
    public int discard() {
        if (!halted) {
            return 0;
        }
        int n = unconfirmed.size();
        unconfirmed.clear();
        halted = false;
        problem = null;
        goOn();
        refresh();
        return n;
    }

    /**
     * For leaving the corpus (the window closes, or another corpus opens): waits for the background thread, after
     * which the window's saving is over (answers are no longer told). Returns how many saves are kept unsaved: the
     * window asks what to do with them ({@link #retryNow}, {@link #discard}, or {@link #stayAfterAll}).
     */
    public int settleForLeaving() {
        leaving = true;
        runner.drain();
        unconfirmed.removeIf(s -> s.stored);
        Save failed = unconfirmed.stream().filter(s -> s.failure != null).findFirst().orElse(null);
        if (failed != null) {
            halted = true;
            problem = reason(failed.failure);
        }
        refresh();
        return unconfirmed.size();
    }

    /** The coder chose to stay (Cancel): answers are told again; the kept saves wait for Retry. */
    public void stayAfterAll() {
        leaving = false;
        refresh();
    }

    /** While leaving: stores the kept saves again, in order, at once, until one fails; returns how many are still kept. */
    public int retryNow() {
        runner.drain();
        haltedBehind.set(false);
        halted = false;
        problem = null;
        while (!unconfirmed.isEmpty()) {
            Save s = unconfirmed.peek();
            try {
                s.work.call();
                unconfirmed.poll();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.ERROR, s.what + " failed", e);
                haltedBehind.set(true);
                halted = true;
                problem = reason(e);
                break;
            }
        }
        refresh();
        return unconfirmed.size();
    }

    private void refresh() {
        int kept = unsaved();
        if (halted) {
            state.set(State.NOT_SAVED);
            message.set("NOT SAVED: " + problem + " (" + kept + (kept == 1 ? " change" : " changes") + " kept; Retry: Ctrl+S)");
        } else if (kept > 0) {
            state.set(State.SAVING);
            message.set("Saving…");
        } else {
            state.set(State.SAVED);
            message.set("Saved");
        }
    }

    /** Saves made and not yet on disk: kept after a failure, or waiting their turn. */
    public int unsaved() {
        return unconfirmed.size();
    }

    /** Whether saving stopped at a failed save (see {@link #retry}, {@link #discard}). */
    public boolean halted() {
        return halted;
    }

    /** Why the failed save failed, while halted. */
    public String problem() {
        return problem;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
