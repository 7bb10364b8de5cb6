package org.parley.ui.coding;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;

/**
 * What the highlight colours mean: the colouring dimension's name and each of its codes with its swatch (and
 * grey for a claim without one), following View > Colour claims by and every codebook change.
 */
public final class ColourLegend extends FlowPane {
    private final Workspace workspace;

    public ColourLegend(Workspace workspace) {
        this.workspace = workspace;
        setId("colour-legend");
        setHgap(10);
        setVgap(4);
        setPadding(new Insets(4, 8, 4, 8));
        workspace.codebookProperty().addListener((o, was, now) -> show());
        workspace.colourDimensionProperty().addListener((o, was, now) -> show());
        show();
    }

    private void show() {
        getChildren().clear();
        Codebook book = workspace.codebookProperty().get();
        String dim = workspace.colourDimensionProperty().get();
        if (book == null || dim == null || book.dimension(dim).isEmpty()) {
            return;
        }
        Label title = new Label("Colours: " + dim);
        title.getStyleClass().add("muted");
        getChildren().add(title);
        for (Code c : book.codesOf(book.dimension(dim).get())) {
            getChildren().add(entry(c.name(), c.colour()));
        }
        getChildren().add(entry("no code", ClaimColours.NO_CODE));
    }

    private static Label entry(String name, String colour) {
        Region swatch = new Region();
        swatch.setMinSize(12, 12);
        swatch.setStyle("-fx-background-color: " + colour + "; -fx-background-radius: 2;");
        Label l = new Label(name, swatch);
        l.getStyleClass().add("legend-entry");
        return l;
    }
}
