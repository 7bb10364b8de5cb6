package org.parley.ui.common;

import java.time.Duration;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parley.core.session.SaveLane;
import org.parley.core.session.SaveStatus;

/**
 * Whether every change the coder made is on disk, as the status bar shows it: the window's view of the open
 * corpus's ordered {@link SaveLane} (ADR 0010). The lane keeps the order; when a save fails it halts and keeps
 * that save and every later one, and {@link #retry} runs them again oldest first, so the corpus always ends at
 * the last state the coder made. This class only tells it and passes Retry and Discard on.
 */
public final class SaveState {
    public enum State { SAVED, SAVING, NOT_SAVED }

    private final SaveLane lane;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.SAVED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Saved");

    /** Follows {@code lane}; its status reaches this on the FX thread (the lane's callbacks). */
    public SaveState(SaveLane lane) {
        this.lane = lane;
        lane.onStatus(this::show);
        show(lane.status());
    }

    private void show(SaveStatus now) {
        int kept = now.unsaved();
        if (now.halted()) {
            state.set(State.NOT_SAVED);
            message.set("NOT SAVED: " + now.problem() + " (" + changes(kept) + " kept; Retry: Ctrl+S)");
        } else if (kept > 0) {
            state.set(State.SAVING);
            message.set("Saving…");
        } else {
            state.set(State.SAVED);
            message.set("Saved");
        }
    }

    /** "1 change", "3 changes". */
    public static String changes(int n) {
        return n + (n == 1 ? " change" : " changes");
    }

    /** Runs the kept saves again from the one that failed, in the order they were made. */
    public void retry() {
        lane.retry();
    }

    /** Drops the kept saves (their changes are lost, as the window warned); returns how many. */
    public int discard() {
        return lane.discard();
    }

    /** Waits up to {@code limit} for the saves made so far (or for the lane to halt); returns how many are still unsaved. */
    public int settle(Duration limit) {
        lane.settle(limit);
        return lane.unsaved();
    }

    /** Saves made and not yet on disk: kept after a failure, or waiting their turn. */
    public int unsaved() {
        return lane.unsaved();
    }

    /** Whether saving stopped at a failed save (see {@link #retry}, {@link #discard}). */
    public boolean halted() {
        return lane.status().halted();
    }

    /** Why the failed save failed, while halted (else null). */
    public String problem() {
        return lane.status().problem();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
