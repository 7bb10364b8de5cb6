package org.parley.ui.codebook;

import java.util.function.Consumer;
import org.parley.core.model.Code;
import org.parley.core.model.Dimension;
import org.parley.core.session.CodebookChanges;
import org.parley.ui.coding.Workspace;
import org.parley.ui.common.History;

/**
 * The codebook editor's actions: each stored through the core's {@link CodebookChanges} on the open corpus's
 * ordered save lane, undoable through the workspace's {@link History}, and followed by a fresh codebook and
 * claims in the window (read on the same lane, so they see the change).
 */
public final class CodebookWork {
    private final Workspace workspace;
    private final CodebookChanges changes;

    public CodebookWork(Workspace workspace) {
        this.workspace = workspace;
        this.changes = workspace.codebookChanges();
    }

    public void add(String list, Code code) {
        changes.add(list, code, this::refresh);
        workspace.history().done(edit("add code '" + code.name() + "'",
                () -> changes.delete("undo add code", code, this::refresh),
                () -> changes.restore("redo add code", code, this::refresh)));
    }

    public void change(Code before, Code after) {
        changes.edit("change code", after, this::refresh);
        workspace.history().done(edit("change code '" + before.name() + "'",
                () -> changes.edit("undo change code", before, this::refresh),
                () -> changes.edit("redo change code", after, this::refresh)));
    }

    /** Merges {@code from} into {@code into}, recoding every claim; undo gives each claim back its old code. */
    public void merge(Code from, Code into) {
        CodebookChanges.Merged[] done = new CodebookChanges.Merged[1];
        Runnable doIt = () -> done[0] = changes.merge(from, into, this::refresh);
        doIt.run();
        workspace.history().done(edit("merge '" + from.name() + "' into '" + into.name() + "'",
                () -> changes.unmerge(done[0], this::refresh), doIt));
    }

    public void delete(Code code) {
        changes.delete("delete code", code, this::refresh);
        workspace.history().done(edit("delete code '" + code.name() + "'",
                () -> changes.restore("undo delete code", code, this::refresh),
                () -> changes.delete("redo delete code", code, this::refresh)));
    }

    public void addDimension(Dimension d) {
        changes.addDimension("add dimension", d, this::refresh);
        workspace.history().done(edit("add dimension '" + d.name() + "'",
                () -> changes.removeDimension("undo add dimension", d, this::refresh),
                () -> changes.restoreDimension("redo add dimension", d, this::refresh)));
    }

    public void changeDimension(Dimension before, Dimension after) {
        changes.editDimension("change dimension", after, this::refresh);
        workspace.history().done(edit("change dimension '" + before.name() + "'",
                () -> changes.editDimension("undo change dimension", before, this::refresh),
                () -> changes.editDimension("redo change dimension", after, this::refresh)));
    }

    public void removeDimension(Dimension d) {
        changes.removeDimension("remove dimension", d, this::refresh);
        workspace.history().done(edit("remove dimension '" + d.name() + "'",
                () -> changes.restoreDimension("undo remove dimension", d, this::refresh),
                () -> changes.removeDimension("redo remove dimension", d, this::refresh)));
    }

    /** How many claims are coded in a dimension (after every change made before); a removal needs none. */
    public void uses(Dimension d, Consumer<Integer> done) {
        changes.uses(d, done, this::cannotCount);
    }

    /** How many claims carry a code (after every change made before). */
    public void uses(Code code, Consumer<Integer> done) {
        changes.uses(code, done, this::cannotCount);
    }

    private void cannotCount(Throwable e) {
        workspace.tell("Cannot count the claims: " + e.getMessage());
    }

    private void refresh() {
        workspace.reloadCodebook();
        workspace.reloadClaims();
    }

    private static History.Edit edit(String label, Runnable undo, Runnable redo) {
        return History.edit(label, undo, redo);
    }
}
