package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.parley.core.model.Annotation;
import org.parley.ui.coding.Workspace;

/** The open document's claims in the trash; Restore brings the chosen one back (undoable). */
final class TrashDialog {
    private final Node owner;
    private final Workspace workspace;

    TrashDialog(Node owner, Workspace workspace) {
        this.owner = owner;
        this.workspace = workspace;
    }

    /** Reads the trash after the saves made before it, then shows it. */
    void show() {
        workspace.trashOfDocument(this::show);
    }

    private void show(java.util.List<Annotation> trash) {
        ListView<Annotation> list = new ListView<>();
        list.setId("trash-list");
        list.getItems().setAll(trash);
        list.setPlaceholder(new javafx.scene.control.Label("The trash of this document is empty."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : "#" + a.id() + "  " + a.quote().replace('\n', ' '));
            }
        });
        list.getSelectionModel().selectFirst();
        Dialog<Annotation> d = new Dialog<>();
        d.setTitle("Trash");
        d.setHeaderText("Claims of this document in the trash");
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CLOSE);
        d.getDialogPane().setContent(list);
        d.getDialogPane().setPrefSize(560, 360);
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
        }
        d.setResultConverter(b -> b == restore ? list.getSelectionModel().getSelectedItem() : null);
        d.showAndWait().ifPresent(workspace::restoreFromTrash);
    }
}
