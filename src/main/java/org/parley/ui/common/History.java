package org.parley.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo for every change a coder makes. Each {@link Edit} knows how to go back and forth; the
 * store records each step as its own audited change, so undo is itself durable.
 */
public final class History {
    /** One undoable change, described in the user's words ("code claim", "move claim to the trash"). */
    public interface Edit {
        String label();

        void undo();

        void redo();
    }

    /** An edit from two actions, described in the user's words. */
    public static Edit edit(String label, Runnable undo, Runnable redo) {
        return new Edit() {
            @Override
            public String label() {
                return label;
            }

            @Override
            public void undo() {
                undo.run();
            }

            @Override
            public void redo() {
                redo.run();
            }
        };
    }

    private static final int LIMIT = 1000;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");

    /** Records a change that has just been made. */
    public void done(Edit e) {
        undo.push(e);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        refresh();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Edit e = undo.pop();
        e.undo();
        redo.push(e);
        refresh();
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Edit e = redo.pop();
        e.redo();
        undo.push(e);
        refresh();
        return true;
    }

    /**
     * Takes back the last {@code n} changes for good: undone, and not kept for Redo (the coding keys' picks that
     * turned out to be the start of a typed search).
     */
    public void takeBack(int n) {
        for (int i = 0; i < n && !undo.isEmpty(); i++) {
            undo.pop().undo();
        }
        refresh();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        refresh();
    }

    private void refresh() {
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
    }

    /** What Undo would undo, or "" when nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }
}
