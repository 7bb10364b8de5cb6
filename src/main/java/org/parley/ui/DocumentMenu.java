package org.parley.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.session.DocumentChanges;
import org.parley.core.store.DocumentSummary;
import org.parley.ui.coding.Workspace;
import org.parley.ui.common.History;
import org.parley.ui.corpus.CorpusBrowser;

/**
 * The Document menu: correct the open document's details and memo, move it to the trash (the next document in the
 * list opens) and restore documents from the trash, and the corpus memo (the coder's journal). Every change goes on
 * the ordered save lane through {@link DocumentChanges} and is recorded in the workspace's {@link History}, so
 * Ctrl+Z undoes it by storing the earlier state again; the document list is read again after each.
 */
final class DocumentMenu {
    private final Node owner;
    private final Workspace workspace;
    private final CorpusBrowser browser;
    private final LongConsumer open;
    private final DocumentChanges changes;

    DocumentMenu(Node owner, Workspace workspace, CorpusBrowser browser, LongConsumer open) {
        this.owner = owner;
        this.workspace = workspace;
        this.browser = browser;
        this.open = open;
        this.changes = new DocumentChanges(workspace.corpus(), workspace.coder());
    }

    /** Document > Details…: the open document's metadata and memo, read after every save made before. */
    void details() {
        Document d = workspace.documentProperty().get();
        if (d == null) {
            return;
        }
        changes.details(d.id(), details -> new DocumentDialog(owner, details).show(edited -> save(details, edited)),
                e -> workspace.tell("Cannot read document " + d.id() + ": " + e.getMessage()));
    }

    private void save(DocumentChanges.Details before, DocumentDialog.Edited after) {
        Document d = before.document();
        boolean meta = !after.meta().equals(d.meta());
        boolean memo = !after.memo().equals(before.memo());
        if (!meta && !memo) {
            return;
        }
        String label = meta ? "edit document details" : "edit document memo";
        Runnable redo = () -> store(label, d, meta ? after.meta() : null, memo ? after.memo() : null);
        redo.run();
        workspace.history().done(History.edit(label,
                () -> store("undo " + label, d, meta ? d.meta() : null, memo ? before.memo() : null), redo));
    }

    /** Stores what changed (null: left as it is), then lists the documents again. */
    private void store(String label, Document d, DocumentMeta meta, String memo) {
        if (memo != null) {
            changes.memo(label, d.uuid(), memo, () -> { });
        }
        if (meta != null) {
            changes.update(label, d.id(), meta, stored -> {
                workspace.detailsStored(stored);
                browser.reload();
            });
        }
    }

    /** Document > Move to the trash: the open document and its claims; the next document in the list opens. */
    void trashOpen() {
        Document d = workspace.documentProperty().get();
        if (d == null) {
            return;
        }
        trash(d.id());
        workspace.history().done(History.edit("move document to the trash", () -> restore(d.id()), () -> trash(d.id())));
    }

    /** Document > Restore from the trash…: the trashed documents, read after every save made before; Restore brings one back. */
    void restoreFromTrash() {
        changes.trashed(this::showTrash, e -> workspace.tell("Cannot read the trash: " + e.getMessage()));
    }

    private void showTrash(List<DocumentSummary> trashed) {
        ListView<DocumentSummary> list = new ListView<>();
        list.setId("document-trash-list");
        list.getItems().setAll(trashed);
        list.setPlaceholder(new javafx.scene.control.Label("No documents are in the trash."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : "#" + s.id() + "  " + (s.title() == null ? "(untitled)" : s.title())
                        + "  (" + s.claims() + (s.claims() == 1 ? " claim)" : " claims)"));
            }
        });
        list.getSelectionModel().selectFirst();
        Dialog<DocumentSummary> d = new Dialog<>();
        d.setTitle("Trash");
        d.setHeaderText("Documents in the trash (with their claims)");
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CLOSE);
        d.getDialogPane().setContent(list);
        d.getDialogPane().setPrefSize(560, 360);
        owned(d);
        d.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        d.setOnHidden(e -> {
            DocumentSummary chosen = d.getResult();
            if (chosen != null) {
                restore(chosen.id());
                workspace.history().done(History.edit("restore document", () -> trash(chosen.id()), () -> restore(chosen.id())));
            }
        });
        d.show();
    }

    private void trash(long id) {
        long next = neighbour(id);
        changes.trash("move document to the trash", id, browser::reload);
        Document shown = workspace.documentProperty().get();
        if (shown != null && shown.id() == id) {
            if (next > 0) {
                open.accept(next);
            } else {
                workspace.closeDocument(); // the last document went: nothing is left to show
            }
        }
    }

    private void restore(long id) {
        changes.restore("restore document", id, browser::reload);
        open.accept(id);
    }

    /** The document listed after {@code id} (else before it), to open in its place; -1 when none is listed. */
    private long neighbour(long id) {
        List<DocumentSummary> items = browser.table().getItems();
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) != null && items.get(i).id() == id) {
                at = i;
            }
        }
        for (int i : new int[] {at + 1, at - 1}) {
            if (at >= 0 && i >= 0 && i < items.size() && items.get(i) != null) {
                return items.get(i).id();
            }
        }
        return -1;
    }

    /** Document > Corpus memo…: the corpus's own memo, the coder's journal (undoable like every change). */
    void corpusMemo() {
        changes.corpusMemo(this::showCorpusMemo, e -> workspace.tell("Cannot read the corpus memo: " + e.getMessage()));
    }

    private void showCorpusMemo(String before) {
        TextArea text = new TextArea(before);
        text.setId("corpus-memo");
        text.setWrapText(true);
        text.setPromptText("Your journal for this corpus: decisions, doubts, what to do next");
        Dialog<String> d = new Dialog<>();
        d.setTitle("Corpus memo");
        d.setHeaderText("Memo of " + workspace.corpus().file().getFileName());
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(save, ButtonType.CANCEL);
        d.getDialogPane().setContent(text);
        d.getDialogPane().setPrefSize(620, 420);
        d.setResizable(true);
        owned(d);
        d.setResultConverter(b -> b == save ? (text.getText().isBlank() ? "" : text.getText().stripTrailing()) : null);
        d.setOnHidden(e -> {
            String after = d.getResult();
            if (after != null && !Objects.equals(after, before)) {
                changes.memo("edit the corpus memo", null, after, () -> { });
                workspace.history().done(History.edit("edit the corpus memo",
                        () -> changes.memo("undo edit the corpus memo", null, before, () -> { }),
                        () -> changes.memo("redo edit the corpus memo", null, after, () -> { })));
            }
        });
        d.setOnShown(e -> text.requestFocus());
        d.show();
    }

    private void owned(Dialog<?> d) {
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
        }
    }
}
