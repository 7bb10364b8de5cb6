package org.parley.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.parley.core.model.Annotation;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;

/**
 * One dimension of the coding panel: the codes the selected claim has (as coloured chips) and a field
 * that has focus when the coder works on this dimension. In an empty field, a code's key (exactly as
 * the codebook gives it, so lower-case) sets or toggles that code; anything else is typed as a name or
 * alias with suggestions ("Washington" offers United States); Enter takes it; Backspace in an empty
 * field drops the last code. A free-text dimension is a plain field, taken with Enter or on leaving it.
 */
final class DimensionField extends VBox {
    private final Workspace workspace;
    private final Dimension dimension;
    private final Codebook book;
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField field = new TextField();

    DimensionField(Workspace workspace, Codebook book, Dimension dimension) {
        this.workspace = workspace;
        this.book = book;
        this.dimension = dimension;
        createView();
        bind();
    }

    private void createView() {
        Label name = new Label(dimension.name() + (dimension.kind() == DimensionKind.MULTI ? "  (several)" : ""));
        name.getStyleClass().add("dimension-name");
        if (!dimension.description().isEmpty()) {
            name.setTooltip(new Tooltip(dimension.description()));
        }
        field.setId("dim-" + dimension.name().toLowerCase(Locale.ROOT).replace(' ', '-'));
        field.setPromptText(dimension.kind().takesCodes() ? keysHint() : "free text, Enter to keep");
        getStyleClass().add("dimension");
        setSpacing(3);
        getChildren().addAll(name, chips, field);
    }

    private String keysHint() {
        List<String> keys = new ArrayList<>();
        for (Code c : book.codesOf(dimension)) {
            if (c.key() != null && keys.size() < 6) {
                keys.add(c.key() + " " + c.name());
            }
        }
        return keys.isEmpty() ? "type a name or alias" : String.join(" · ", keys) + (keys.size() < book.codesOf(dimension).size() ? " …" : "");
    }

    private void bind() {
        if (dimension.kind().takesCodes()) {
            field.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::onPressed);
            AutoCompletionBinding<Code> completion = TextFields.bindAutoCompletion(field,
                    request -> suggestions(request.getUserText()), new StringConverter<>() {
                        @Override
                        public String toString(Code c) {
                            return c.name() + matchedAlias(c, field.getText());
                        }

                        @Override
                        public Code fromString(String s) {
                            return null;
                        }
                    });
            completion.setOnAutoCompleted(e -> {
                // Enter may already have taken the same code through onPressed: take it once
                Annotation a = workspace.selectedProperty().get();
                if (a != null && !a.codesOf(dimension.name()).contains(e.getCompletion().name())) {
                    workspace.toggleCode(dimension, e.getCompletion());
                }
                field.clear();
            });
        } else {
            field.setOnAction(e -> workspace.setCodes(dimension.name(), field.getText().isBlank() ? List.of() : List.of(field.getText().strip())));
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && workspace.selectedProperty().get() != null) {
                    workspace.setCodes(dimension.name(), field.getText().isBlank() ? List.of() : List.of(field.getText().strip()));
                }
            });
        }
    }

    private void onTyped(KeyEvent e) {
        if (!field.getText().isEmpty() || e.getCharacter().isEmpty() || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        String ch = e.getCharacter();
        for (Code c : book.codesOf(dimension)) {
            if (ch.equals(c.key())) {
                workspace.toggleCode(dimension, c);
                e.consume();
                return;
            }
        }
    }

    private void onPressed(KeyEvent e) {
        if (e.getCode() == KeyCode.BACK_SPACE && field.getText().isEmpty()) {
            Annotation a = workspace.selectedProperty().get();
            if (a != null && !a.codesOf(dimension.name()).isEmpty()) {
                List<String> now = new ArrayList<>(a.codesOf(dimension.name()));
                now.remove(now.size() - 1);
                workspace.setCodes(dimension.name(), now);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !field.getText().isBlank()) {
            Optional<Code> c = book.findCode(dimension, field.getText());
            if (c.isEmpty()) {
                List<Code> found = suggestions(field.getText());
                c = found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
            }
            c.ifPresent(code -> {
                workspace.toggleCode(dimension, code);
                field.clear();
            });
            e.consume();
        }
    }

    /** Codes whose name or an alias starts with, or has a word starting with, what was typed. */
    List<Code> suggestions(String typed) {
        String t = Codebook.fold(typed);
        if (t.isEmpty()) {
            return List.of();
        }
        List<Code> out = new ArrayList<>();
        for (Code c : book.codesOf(dimension)) {
            if (matches(c.name(), t) || c.aliases().stream().anyMatch(a -> matches(a, t))) {
                out.add(c);
            }
        }
        return out;
    }

    private static boolean matches(String candidate, String folded) {
        String f = Codebook.fold(candidate);
        return f.startsWith(folded) || f.contains(" " + folded);
    }

    private String matchedAlias(Code c, String typed) {
        String t = Codebook.fold(typed == null ? "" : typed);
        if (t.isEmpty() || matches(c.name(), t)) {
            return "";
        }
        return c.aliases().stream().filter(a -> matches(a, t)).findFirst().map(a -> "  (" + a + ")").orElse("");
    }

    /** Shows the selected claim's codes in this dimension. */
    void show(Annotation a) {
        chips.getChildren().clear();
        field.setDisable(a == null);
        if (a == null) {
            field.clear();
            return;
        }
        List<String> values = a.codesOf(dimension.name());
        if (!dimension.kind().takesCodes()) {
            if (!field.isFocused()) {
                field.setText(values.isEmpty() ? "" : values.get(0));
            }
            return;
        }
        for (String v : values) {
            Label chip = new Label(v);
            chip.getStyleClass().add("code-chip");
            Optional<Code> code = book.findCode(dimension, v);
            code.ifPresent(c -> {
                chip.setStyle("-fx-background-color: " + c.colour() + ";");
                if (!c.description().isEmpty()) {
                    chip.setTooltip(new Tooltip(c.description()));
                }
            });
            chips.getChildren().add(chip);
        }
    }

    TextField field() {
        return field;
    }

    Dimension dimension() {
        return dimension;
    }
}
