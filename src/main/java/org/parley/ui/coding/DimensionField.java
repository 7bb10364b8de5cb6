package org.parley.ui.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.parley.core.coding.CodeFinder;
import org.parley.core.model.Annotation;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;

/**
 * One dimension of the coding panel: the codes the selected claim has (as coloured chips) and a field that has
 * focus when the coder works on this dimension. The field is in one of two modes, shown beside it: empty, it is
 * in key mode, where a code's key (exactly as the codebook gives it, so lower-case) sets or toggles that code
 * and names it for a moment ({@link KeyRun} decides when typing turns into a search instead); once it shows
 * text it is in search mode, where every character is text and the codes found by name or alias (in any word
 * form, see {@link CodeFinder}) are listed. Down or Ctrl+Space lists every code of the dimension; Enter takes
 * the code chosen or named; when none matches the list offers to create one ({@link CodeMaking}); Backspace in an
 * empty field drops the last code. A free-text dimension is a plain field, taken with Enter or on leaving it.
 */
final class DimensionField extends VBox {
    private final Workspace workspace;
    private final Dimension dimension;
    private final Codebook book;
    private final CodeMaking making;
    private final CodeFinder finder;
    private final FlowPane chips = new FlowPane(4, 4);
    private final TextField field = new TextField();
    private final Label mode = new Label();
    private final Label picked = new Label();
    private final PauseTransition pickShown = new PauseTransition(Duration.millis(KeyRun.WINDOW.toMillis()));
    private final KeyRun run = new KeyRun();
    private final CodeListPopup choices;
    private String shownUuid;

    DimensionField(Workspace workspace, Codebook book, Dimension dimension, CodeMaking making) {
        this.workspace = workspace;
        this.book = book;
        this.dimension = dimension;
        this.making = making;
        this.finder = new CodeFinder(book.codesOf(dimension));
        this.choices = new CodeListPopup(field, "codes-" + idOf(dimension), this::take);
        createView();
        bind();
    }

    private static String idOf(Dimension d) {
        return d.name().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private void createView() {
        Label name = new Label(dimension.name() + (dimension.kind() == DimensionKind.MULTI ? "  (several)" : ""));
        name.getStyleClass().add("dimension-name");
        if (!dimension.description().isEmpty()) {
            name.setTooltip(new Tooltip(dimension.description()));
        }
        field.setId("dim-" + idOf(dimension));
        getStyleClass().add("dimension");
        setSpacing(3);
        if (!dimension.kind().takesCodes()) {
            field.setPromptText("free text, Enter to keep");
            getChildren().addAll(name, chips, field);
            return;
        }
        field.setPromptText(keysHint());
        mode.setId("mode-" + idOf(dimension));
        mode.getStyleClass().add("field-mode");
        picked.setId("picked-" + idOf(dimension));
        picked.getStyleClass().add("key-picked");
        picked.setVisible(false);
        pickShown.setOnFinished(e -> picked.setVisible(false));
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, mode);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        getChildren().addAll(name, chips, row, picked);
        picked.managedProperty().bind(picked.visibleProperty());
        showMode();
    }

    private String keysHint() {
        List<String> keys = new ArrayList<>();
        for (Code c : book.codesOf(dimension)) {
            if (c.key() != null && keys.size() < 5) {
                keys.add(c.key() + " " + c.name());
            }
        }
        String more = keys.size() < book.codesOf(dimension).size() ? " …" : "";
        return keys.isEmpty() ? "type a name or alias · ↓ all codes" : "keys: " + String.join(" · ", keys) + more + " · ↓ all codes";
    }

    private void bind() {
        if (dimension.kind().takesCodes()) {
            field.addEventFilter(KeyEvent.KEY_TYPED, this::onTyped);
            field.addEventFilter(KeyEvent.KEY_PRESSED, this::onPressed);
            field.textProperty().addListener((o, was, now) -> {
                showMode();
                if (now.isEmpty()) {
                    choices.hide();
                } else if (field.isFocused()) {
                    choices.show(CodeListPopup.found(finder, now, dimension, making.offer()));
                }
            });
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    run.end();
                    choices.hide();
                }
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

    private void showMode() {
        boolean keys = field.getText().isEmpty();
        mode.setText(keys ? "keys" : "search");
        field.getStyleClass().removeAll("key-mode", "search-mode");
        field.getStyleClass().add(keys ? "key-mode" : "search-mode");
    }

    private void onTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (!field.getText().isEmpty() || ch.isEmpty() || ch.charAt(0) < ' ' || ch.charAt(0) == 127 || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Code keyed = book.codesOf(dimension).stream().filter(c -> ch.equals(c.key())).findFirst().orElse(null);
        KeyRun.Step step = run.typed(ch, keyed != null, dimension.kind() == DimensionKind.SINGLE, System.nanoTime());
        if (step instanceof KeyRun.Pick) {
            if (pick(keyed)) {
                run.picked();
            }
            e.consume();
        } else if (step instanceof KeyRun.Search search) {
            workspace.history().takeBack(search.picks()); // the picks were typing: Redo must not bring them back
            pickShown.stop();
            picked.setVisible(false);
            field.setText(search.text());
            field.positionCaret(search.text().length());
            e.consume();
        }
    }

    /** Toggles {@code code} on the selected claim and names it for a moment; answers whether the claim changed. */
    private boolean pick(Code code) {
        Annotation a = workspace.selectedProperty().get();
        if (a == null) {
            return false;
        }
        boolean had = a.codesOf(dimension.name()).contains(code.name());
        workspace.toggleCode(dimension, code);
        Annotation now = workspace.selectedProperty().get();
        boolean changed = now != null && !now.codesOf(dimension.name()).equals(a.codesOf(dimension.name()));
        choices.hide();
        picked.setText((had ? "✗ removed " : "✓ ") + code.name() + (code.key() == null ? "" : "  (key " + code.key() + ")"));
        picked.setStyle("-fx-border-color: " + code.colour() + ";");
        picked.setVisible(true);
        pickShown.playFromStart();
        return changed;
    }

    private void onPressed(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k == KeyCode.SPACE && e.isControlDown() || k == KeyCode.DOWN && !choices.isShowing() && field.getText().isEmpty()) {
            run.end();
            choices.show(CodeListPopup.all(book.codesOf(dimension)));
            e.consume();
            return;
        }
        switch (k) {
            case DOWN, UP -> {
                run.end();
                if (!choices.isShowing() && !field.getText().isEmpty()) {
                    choices.show(CodeListPopup.found(finder, field.getText(), dimension, making.offer()));
                }
                choices.move(k == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
            case ENTER -> {
                run.end();
                if (choices.selected() != null || !field.getText().isBlank()) {
                    enter();
                    e.consume();
                }
            }
            case BACK_SPACE -> {
                run.end();
                if (field.getText().isEmpty()) {
                    dropLast();
                    e.consume();
                }
            }
            case TAB, ESCAPE, LEFT, RIGHT, HOME, END, DELETE, PAGE_UP, PAGE_DOWN -> run.end();
            default -> { }
        }
    }

    private void enter() {
        CodeListPopup.Choice chosen = choices.selected();
        if (chosen != null) {
            take(chosen);
            return;
        }
        Optional<Code> c = book.findCode(dimension, field.getText());
        if (c.isEmpty()) {
            List<CodeFinder.Found> found = finder.find(field.getText());
            c = found.size() == 1 ? Optional.of(found.get(0).code()) : Optional.empty();
        }
        c.ifPresent(this::take);
    }

    private void take(Code code) {
        pick(code);
        field.clear();
    }

    private void take(CodeListPopup.Choice choice) {
        if (choice instanceof CodeListPopup.Pick p) {
            take(p.code());
        } else if (choice instanceof CodeListPopup.Create c && workspace.selectedProperty().get() != null) {
            choices.hide();
            field.clear();
            making.create(book, dimension, c.name());
        }
    }

    private void dropLast() {
        Annotation a = workspace.selectedProperty().get();
        if (a != null && !a.codesOf(dimension.name()).isEmpty()) {
            List<String> now = new ArrayList<>(a.codesOf(dimension.name()));
            now.remove(now.size() - 1);
            workspace.setCodes(dimension.name(), now);
        }
    }

    /** Closes the list of codes if it is open; answers whether it was. */
    boolean closeChoices() {
        boolean open = choices.isShowing();
        choices.hide();
        return open;
    }

    CodeListPopup choices() {
        return choices;
    }

    /** Shows the selected claim's codes in this dimension. */
    void show(Annotation a) {
        chips.getChildren().clear();
        field.setDisable(a == null);
        if (a == null || !a.uuid().equals(shownUuid)) {
            run.end(); // another claim: a key run does not go on into it
        }
        shownUuid = a == null ? null : a.uuid();
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
