package org.parley.ui.coding;

import java.util.function.Consumer;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.parley.core.model.Annotation;

/** The open document's claims in text order, each with its colour and codes; choosing one jumps to it. */
public final class ClaimList extends ListView<Annotation> {
    private final Workspace workspace;
    private boolean following;

    public ClaimList(Workspace workspace, Consumer<Annotation> reveal) {
        super(workspace.claims());
        this.workspace = workspace;
        setId("claim-list");
        setPlaceholder(new javafx.scene.control.Label("No claims in this document yet."));
        setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // fit the list's width and cut long text with an ellipsis
            }

            @Override
            protected void updateItem(Annotation a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                String q = a.quote().replace('\n', ' ');
                String codes = a.codes().isEmpty() ? "no codes" : String.join(" · ", a.codes().values().stream().flatMap(java.util.List::stream).toList());
                setText((q.length() > 70 ? q.substring(0, 70) + "…" : q) + "\n" + codes + "  — " + a.coder());
                setTooltip(new javafx.scene.control.Tooltip("“" + a.quote() + "”\n" + codes + "\nCoder: " + a.coder()
                        + " · " + a.status().word()));
                Region swatch = new Region();
                swatch.setMinSize(10, 28);
                swatch.setStyle("-fx-background-color: " + workspace.colourOf(a) + "; -fx-background-radius: 2;");
                setGraphic(swatch);
            }
        });
        // the swatches follow View > Colour claims by and codebook changes (a recoloured code)
        workspace.colourDimensionProperty().addListener((o, was, now) -> refresh());
        workspace.codebookProperty().addListener((o, was, now) -> refresh());
        getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !following) {
                workspace.select(now);
                reveal.accept(now);
            }
        });
        workspace.selectedProperty().addListener((o, was, now) -> {
            following = true;
            if (now == null) {
                getSelectionModel().clearSelection();
            } else {
                getSelectionModel().select(now);
                scrollTo(now);
            }
            following = false;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                reveal.accept(getSelectionModel().getSelectedItem());
            }
        });
    }
}
