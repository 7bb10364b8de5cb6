package org.parley.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether every change the coder made is on disk. Each write goes through {@link #save}: in order, on
 * the {@link TaskRunner}. A write that fails is kept (with its message shown at once) and
 * {@link #retry} runs the kept writes again in the order they were made, so nothing is dropped.
 */
public final class SaveState {
    public enum State { SAVED, SAVING, NOT_SAVED }

    private record Write(String what, Callable<?> work, Consumer<Object> done) {
    }

    private static final System.Logger LOG = System.getLogger(SaveState.class.getName());
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Saved");
    private final List<Write> failed = new ArrayList<>();
    private int inFlight;

    public SaveState(TaskRunner runner) {
        this.runner = runner;
    }

    /** Stores a change; {@code done} gets the store's answer on the FX thread. */
    @SuppressWarnings("unchecked")
    public <T> void save(String what, Callable<T> work, Consumer<T> done) {
        submit(new Write(what, work, (Consumer<Object>) done));
    }

    private void submit(Write w) {
        inFlight++;
        refresh();
        runner.run(w.what(), w.work(), result -> {
            inFlight--;
            w.done().accept(result);
            refresh();
        }, error -> {
            inFlight--;
            LOG.log(System.Logger.Level.ERROR, w.what() + " failed", error);
            failed.add(w);
            message.set("NOT SAVED: " + reason(error) + " (kept; Retry: Ctrl+S)");
            refresh();
        });
    }

    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Runs the writes that failed again, oldest first. */
    public void retry() {
        List<Write> again = new ArrayList<>(failed);
        failed.clear();
        refresh();
        again.forEach(this::submit);
    }

    private void refresh() {
        if (!failed.isEmpty()) {
            state.set(State.NOT_SAVED);
        } else if (inFlight > 0) {
            state.set(State.SAVING);
            message.set("Saving…");
        } else {
            state.set(State.SAVED);
            message.set("Saved");
        }
    }

    public int unsaved() {
        return failed.size();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
