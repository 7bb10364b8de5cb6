package org.parley.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.parley.core.coding.CodeFinder;
import org.parley.core.model.Code;
import org.parley.core.model.Dimension;

/**
 * The list under a dimension field: the codes found for what was typed, or the dimension's whole list (Down or
 * Ctrl+Space), each with its colour, key, name (and the alias it was found by) and its coding-manual description;
 * when nothing matches, the offer to create a code, or why it cannot be. The field keeps the focus: it moves
 * through the list with Up and Down and takes an entry with Enter; a click takes one too.
 */
final class CodeListPopup {
    /** One line of the list. */
    sealed interface Choice permits Pick, Create, Note {
    }

    /** A code; {@code alias} is what it was found by, or null. */
    record Pick(Code code, String alias) implements Choice {
    }

    /** Create a code named {@code name} in the dimension's list (named {@code where} for the coder). */
    record Create(String name, String where) implements Choice {
    }

    /** A line that cannot be taken (why nothing can be created). */
    record Note(String text) implements Choice {
    }

    static final double MIN_WIDTH = 520;
    private static final double ROW = 46;

    private final TextField field;
    private final Popup popup = new Popup();
    private final ListView<Choice> list = new ListView<>();

    CodeListPopup(TextField field, String id, Consumer<Choice> taken) {
        this.field = field;
        list.setId(id);
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ChoiceCell());
        list.setOnMouseClicked(e -> {
            Choice c = list.getSelectionModel().getSelectedItem();
            if (c != null) {
                taken.accept(c);
            }
        });
        list.getStyleClass().add("root"); // a popup has its own scene: the theme's colours are looked up from .root
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false); // the field's Escape closes the list, then leaves the panel
    }

    /** Every code of a list, in the codebook's order. */
    static List<Choice> all(List<Code> codes) {
        List<Choice> out = new ArrayList<>();
        codes.forEach(c -> out.add(new Pick(c, null)));
        return out;
    }

    /** The codes {@code typed} names; when none, the offer to create it in {@code dimension}'s list, or why not. */
    static List<Choice> found(CodeFinder finder, String typed, Dimension dimension, CodeMaking.Offer offer) {
        List<Choice> out = new ArrayList<>();
        finder.find(typed).forEach(f -> out.add(new Pick(f.code(), f.alias())));
        if (out.isEmpty() && !typed.isBlank()) {
            String name = typed.strip();
            out.add(switch (offer) {
                case CREATE -> new Create(name, dimension.name() + " (list " + dimension.codeList() + ")");
                case LOCKED -> new Note("No code matches '" + name + "'; the codebook is locked, so codes cannot be created while coding");
                case UNKNOWN -> new Note("No code matches '" + name + "'");
            });
        }
        return out;
    }

    /** Shows {@code choices} under the field (hides the list when there are none). */
    void show(List<Choice> choices) {
        if (choices.isEmpty() || field.getScene() == null || field.getScene().getWindow() == null) {
            hide();
            return;
        }
        list.getItems().setAll(choices);
        list.getSelectionModel().clearSelection();
        list.scrollTo(0);
        double width = Math.max(MIN_WIDTH, field.getWidth());
        list.setPrefWidth(width);
        list.setPrefHeight(Math.min(choices.size(), 8) * ROW + 4);
        if (!popup.isShowing()) {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            if (b == null) {
                return;
            }
            popup.show(field, b.getMinX(), b.getMaxY());
        }
    }

    void hide() {
        popup.hide();
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    /** Moves the selection down ({@code +1}) or up ({@code -1}); from none, Down selects the first line. */
    void move(int direction) {
        int at = list.getSelectionModel().getSelectedIndex() + direction;
        int last = list.getItems().size() - 1;
        at = Math.max(0, Math.min(last, at));
        list.getSelectionModel().select(at);
        list.scrollTo(Math.max(0, at - 3));
    }

    /** The line chosen with Up/Down, or null. */
    Choice selected() {
        return popup.isShowing() ? list.getSelectionModel().getSelectedItem() : null;
    }

    List<Choice> shown() {
        return List.copyOf(list.getItems());
    }

    private static final class ChoiceCell extends ListCell<Choice> {
        @Override
        protected void updateItem(Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : view(item));
        }

        private static Region view(Choice item) {
            if (item instanceof Pick p) {
                return codeLine(p);
            }
            if (item instanceof Create c) {
                return line("+", "#ffffff", "Create code '" + c.name() + "' under " + c.where(),
                        "a new code in this list, kept in the codebook (Undo takes it back)");
            }
            return line("", null, ((Note) item).text(), "");
        }

        private static Region codeLine(Pick p) {
            String name = p.code().name() + (p.alias() == null ? "" : "  (" + p.alias() + ")");
            Region row = line(p.code().key() == null ? "" : p.code().key(), p.code().colour(), name, p.code().description());
            if (p.code().parentUuid() != null) {
                row.setPadding(new Insets(2, 4, 2, 20)); // a child code sits under its parent
            }
            return row;
        }

        private static Region line(String key, String colour, String name, String description) {
            Region swatch = new Region();
            swatch.setMinSize(14, 14);
            swatch.setMaxSize(14, 14);
            if (colour != null) {
                swatch.setStyle("-fx-background-color: " + colour + "; -fx-border-color: #888888; -fx-background-radius: 3; -fx-border-radius: 3;");
            }
            Label keyLabel = new Label(key);
            keyLabel.setMinWidth(18);
            keyLabel.setStyle("-fx-font-family: monospace; -fx-font-weight: bold;");
            Label nameLabel = new Label(name);
            nameLabel.setStyle("-fx-font-weight: bold;");
            VBox text = new VBox(1, nameLabel);
            if (!description.isEmpty()) {
                Label about = new Label(description);
                about.setStyle("-fx-opacity: 0.75; -fx-font-size: 0.9em;");
                about.setMaxWidth(MIN_WIDTH - 110);
                Tooltip whole = new Tooltip(description);
                whole.setWrapText(true);
                whole.setMaxWidth(480);
                about.setTooltip(whole);
                text.getChildren().add(about);
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(8, swatch, keyLabel, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPadding(new Insets(2, 4, 2, 2));
            return row;
        }
    }
}
