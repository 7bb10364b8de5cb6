package org.parley.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parley.ui.coding.Workspace;
import org.parley.ui.common.SaveState;

/** Coder, corpus file, counts, and whether everything is saved (with Retry when a save failed). */
final class StatusBar extends HBox {
    private final Label counts = new Label();

    StatusBar(Workspace workspace, javafx.beans.property.ReadOnlyIntegerProperty documents) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setSpacing(16);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(3, 10, 3, 10));
        Label coder = new Label("Coder: " + workspace.coder());
        Label file = new Label(workspace.corpus().file().toString());
        file.getStyleClass().add("muted");
        Label saved = new Label();
        saved.setId("save-state");
        saved.textProperty().bind(workspace.save().messageProperty());
        Button retry = new Button("Retry");
        retry.setId("retry-save");
        retry.visibleProperty().bind(workspace.save().stateProperty().isEqualTo(SaveState.State.NOT_SAVED));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> workspace.save().retry());
        workspace.save().stateProperty().addListener((o, was, now) -> {
            saved.getStyleClass().removeAll("saved", "saving", "not-saved");
            saved.getStyleClass().add(now == SaveState.State.SAVED ? "saved" : now == SaveState.State.SAVING ? "saving" : "not-saved");
        });
        saved.getStyleClass().add("saved");
        // a long NOT SAVED reason gives way before the counts and the Retry button do; its whole text is the tooltip
        saved.setMinWidth(0);
        javafx.scene.control.Tooltip why = new javafx.scene.control.Tooltip();
        why.textProperty().bind(saved.textProperty());
        saved.setTooltip(why);
        retry.setMinWidth(Region.USE_PREF_SIZE);
        coder.setMinWidth(Region.USE_PREF_SIZE);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        file.setMinWidth(0);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        counts.textProperty().bind(Bindings.createStringBinding(() -> documents.get()
                + (documents.get() == 1 ? " document · " : " documents · ")
                + workspace.claims().size() + (workspace.claims().size() == 1 ? " claim" : " claims") + " in this document", workspace.claims(), workspace.documentProperty(), documents));
        getChildren().addAll(coder, file, grow, counts, saved, retry);
    }
}
