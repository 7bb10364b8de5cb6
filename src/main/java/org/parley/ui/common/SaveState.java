package org.parley.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether every change the coder made is on disk, and the order changes reach it in (ADR 0010). Each
 * save, and each read that must see the saves made before it, is one step; steps go to the
 * {@link TaskRunner} one at a time, in the order made. When a save fails the window's saving halts:
 * that save and every save made after it are kept, in order, and none runs ahead of it, so
 * {@link #retry} ends with the last state the coder made and never puts back an older one. Reads still
 * run while halted (they see what is on disk). {@link #discard} drops the kept saves.
 */
public final class SaveState {
    public enum State { SAVED, SAVING, NOT_SAVED }

    private record Step(String what, Callable<?> work, Consumer<Object> done, Consumer<Throwable> failed, boolean save, Outcome outcome) {
        Step(String what, Callable<?> work, Consumer<Object> done, Consumer<Throwable> failed, boolean save) {
            this(what, work, done, failed, save, new Outcome());
        }

        /** The work, noting on its own thread whether it reached the disk (read when the window closes). */
        Callable<Object> noted() {
            return () -> {
                try {
                    Object result = work.call();
                    outcome.stored = true;
                    return result;
                } catch (Exception | Error e) {
                    outcome.failure = e;
                    throw e;
                }
            };
        }
    }

    /** What became of a step's work, as its own thread saw it. */
    private static final class Outcome {
        volatile boolean stored;
        volatile Throwable failure;
    }

    private static final System.Logger LOG = System.getLogger(SaveState.class.getName());
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Saved");
    private final Deque<Step> steps = new ArrayDeque<>();
    private boolean running;
    private boolean halted;
    private boolean closing;
    /** The step on the runner now; an answer from any other (one that came after leaving was settled) is ignored. */
    private Step current;
    private String problem;

    public SaveState(TaskRunner runner) {
        this.runner = runner;
    }

    /** Stores a change; {@code done} gets the store's answer on the FX thread. */
    @SuppressWarnings("unchecked")
    public <T> void save(String what, Callable<T> work, Consumer<T> done) {
        steps.add(new Step(what, work, (Consumer<Object>) done, e -> { }, true));
        pump();
    }

    /** Reads after every save made before it (at once from what is on disk while saving is halted). */
    @SuppressWarnings("unchecked")
    public <T> void read(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        steps.add(new Step(what, work, (Consumer<Object>) done, failed, false));
        pump();
    }

    private Step next() {
        if (!halted) {
            return steps.peek();
        }
        for (Step s : steps) {
            if (!s.save()) {
                return s;
            }
        }
        return null;
    }

    private void pump() {
        Step step = running || closing ? null : next();
        if (step == null) {
            refresh();
            return;
        }
        running = true;
        current = step;
        refresh();
        runner.run(step.what(), step.noted(), result -> {
            if (closing || current != step) {
                return;
            }
            current = null;
            running = false;
            steps.remove(step);
            step.done().accept(result);
            pump();
        }, error -> {
            if (closing || current != step) {
                return;
            }
            current = null;
            running = false;
            if (step.save()) {
                LOG.log(System.Logger.Level.ERROR, step.what() + " failed", error);
                halted = true;
                problem = reason(error);
            } else {
                steps.remove(step);
                step.failed().accept(error);
            }
            pump();
        });
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Runs the kept saves again from the one that failed, in the order they were made, then everything made since. */
    public void retry() {
        if (halted) {
            halted = false;
            problem = null;
            pump();
        }
    }

    /** Drops the kept saves (their changes are lost, as the window warned); returns how many. */
    public int discard() {
        if (!halted) {
            return 0;
        }
        int n = 0;
        for (Iterator<Step> it = steps.iterator(); it.hasNext();) {
            if (it.next().save()) {
                it.remove();
                n++;
            }
        }
        halted = false;
        problem = null;
        pump();
        return n;
    }

    private void refresh() {
        int kept = unsaved();
        if (halted) {
            state.set(State.NOT_SAVED);
            message.set("NOT SAVED: " + problem + " (" + kept + (kept == 1 ? " change" : " changes") + " kept; Retry: Ctrl+S)");
        } else if (running || kept > 0) {
            state.set(State.SAVING);
            message.set("Saving…");
        } else {
            state.set(State.SAVED);
            message.set("Saved");
        }
    }

    /**
     * For leaving the corpus (the window closes, or another corpus opens): waits for the save in flight, then
     * stores the saves still waiting their turn here, in order, until one fails; from then on the window's saving is
     * over (answers are no longer told). Returns how many saves are kept unsaved: the window asks what to do with
     * them ({@link #retryNow}, {@link #discard}).
     */
    public int settleForLeaving() {
        closing = true;
        runner.drain();
        current = null;
        running = false;
        steps.removeIf(s -> !s.save() || s.outcome().stored);
        Step failed = steps.stream().filter(s -> s.outcome().failure != null).findFirst().orElse(null);
        if (failed != null) {
            halted = true;
            problem = reason(failed.outcome().failure);
        }
        if (!halted) {
            storeWaitingNow();
        }
        refresh();
        return unsaved();
    }

    /** The coder chose to stay (Cancel): saving goes on as before, the kept saves wait for Retry. */
    public void stayAfterAll() {
        closing = false;
        pump();
    }

    /** While leaving: stores the kept saves again, in order, at once; returns how many are still kept. */
    public int retryNow() {
        halted = false;
        problem = null;
        storeWaitingNow();
        refresh();
        return unsaved();
    }

    private void storeWaitingNow() {
        for (Iterator<Step> it = steps.iterator(); it.hasNext();) {
            Step step = it.next();
            try {
                step.work().call();
                it.remove();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.ERROR, step.what() + " failed", e);
                halted = true;
                problem = reason(e);
                return;
            }
        }
    }

    /** Saves made and not yet on disk: kept after a failure, or waiting their turn. */
    public int unsaved() {
        return (int) steps.stream().filter(Step::save).count();
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
