package org.parley.ui.codebook;

import java.util.concurrent.Callable;
import org.parley.core.model.Code;
import org.parley.core.store.CodebookEdits;
import org.parley.ui.coding.Workspace;
import org.parley.ui.common.History;

/**
 * The codebook editor's actions: each stored through the workspace's {@link org.parley.ui.common.SaveState},
 * undoable through its {@link History}, and followed by a fresh codebook and claims in the window.
 */
public final class CodebookWork {
    private final Workspace workspace;
    private final CodebookEdits edits;

    public CodebookWork(Workspace workspace) {
        this.workspace = workspace;
        this.edits = new CodebookEdits(workspace.corpus());
    }

    public void add(String list, Code code) {
        run("add code", () -> edits.add(list, code, workspace.coder()));
        workspace.history().done(edit("add code '" + code.name() + "'",
                () -> run("undo add code", () -> { edits.delete(code.uuid(), workspace.coder()); return null; }),
                () -> run("redo add code", () -> { edits.restore(code.uuid(), workspace.coder()); return null; })));
    }

    public void change(Code before, Code after) {
        run("change code", () -> edits.edit(after, workspace.coder()));
        workspace.history().done(edit("change code '" + before.name() + "'",
                () -> run("undo change code", () -> edits.edit(before, workspace.coder())),
                () -> run("redo change code", () -> edits.edit(after, workspace.coder()))));
    }

    /** Merges {@code from} into {@code into}, recoding every claim; undo gives each claim back its old code. */
    public void merge(Code from, Code into) {
        CodebookEdits.Merge[] done = new CodebookEdits.Merge[1];
        Runnable doIt = () -> workspace.save().save("merge codes", () -> edits.merge(from.uuid(), into.uuid(), workspace.coder()), m -> {
            done[0] = m;
            refresh();
        });
        doIt.run();
        workspace.history().done(edit("merge '" + from.name() + "' into '" + into.name() + "'",
                () -> run("undo merge", () -> { edits.unmerge(done[0], workspace.coder()); return null; }),
                doIt));
    }

    public void delete(Code code) {
        run("delete code", () -> { edits.delete(code.uuid(), workspace.coder()); return null; });
        workspace.history().done(edit("delete code '" + code.name() + "'",
                () -> run("undo delete code", () -> { edits.restore(code.uuid(), workspace.coder()); return null; }),
                () -> run("redo delete code", () -> { edits.delete(code.uuid(), workspace.coder()); return null; })));
    }

    public int uses(Code code) {
        return edits.uses(code.uuid());
    }

    private void run(String what, Callable<?> work) {
        workspace.save().save(what, work, x -> refresh());
    }

    private void refresh() {
        workspace.reloadCodebook();
        workspace.reloadClaims();
    }

    private static History.Edit edit(String label, Runnable undo, Runnable redo) {
        return new History.Edit() {
            public String label() {
                return label;
            }

            public void undo() {
                undo.run();
            }

            public void redo() {
                redo.run();
            }
        };
    }
}
