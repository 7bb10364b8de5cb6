package org.parley.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.BorderPane;

/** F1: every shortcut, read from the menus themselves so the sheet cannot drift from them. */
final class ShortcutSheet {
    private static final String[][] IN_PLACE = {
            {"Enter (in the text)", "Make the selected text a claim, then code it"},
            {"Tab / Shift+Tab", "Next / previous dimension in the coding panel"},
            {"a code's key (empty field)", "Pick or drop that code; a letter that is no key makes it a search"},
            {"Down / Ctrl+Space", "The dimension's whole code list (keys, colours, descriptions)"},
            {"Enter on \"Create code …\"", "Make the typed code (undoable; parley codebook lock forbids it)"},
            {"Type a name or alias", "Suggestions (Washington → United States); Enter takes it"},
            {"Backspace (empty field)", "Drop the dimension's last code"},
            {"Escape", "Back from the coding panel to the text"},
            {"Delete (in the text)", "Move the selected claim to the trash (Ctrl+Z brings it back)"},
            {"Click a highlight", "Select that claim; hover it to see its codes"},
    };

    private final BorderPane root;

    ShortcutSheet(BorderPane root) {
        this.root = root;
    }

    void show() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        int row = 0;
        for (String[] s : IN_PLACE) {
            grid.addRow(row++, key(s[0]), new Label(s[1]));
        }
        if (root.getTop() instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                Label heading = new Label(m.getText().replace("_", ""));
                heading.getStyleClass().add("panel-title");
                grid.add(heading, 0, row++, 2, 1);
                row = addItems(grid, row, m);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true); // long descriptions wrap: no sideways scrolling
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefSize(720, 600);
        Alert a = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        a.setTitle("Keyboard shortcuts");
        a.getDialogPane().setContent(scroll);
        a.getDialogPane().setId("shortcut-sheet");
        if (root.getScene() != null) {
            a.initOwner(root.getScene().getWindow());
        }
        a.show();
    }

    /** Every item of {@code menu} with a shortcut, its submenus' too (Edit > Select). */
    private static int addItems(GridPane grid, int row, Menu menu) {
        for (MenuItem i : menu.getItems()) {
            if (i instanceof Menu sub) {
                row = addItems(grid, row, sub);
            } else if (i.getAccelerator() != null) {
                Label what = new Label(i.getText());
                what.setWrapText(true);
                grid.addRow(row++, key(keyText(i.getAccelerator().getDisplayText())), what);
            }
        }
        return row;
    }

    /** "Ctrl+0", not JavaFX's "Ctrl+Digit0". */
    static String keyText(String display) {
        return display.replace("Digit", "");
    }

    private static Node key(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("key");
        return l;
    }
}
