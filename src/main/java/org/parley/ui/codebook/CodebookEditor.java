package org.parley.ui.codebook;

import org.parley.core.codebook.NewCodeProposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Ids;
import org.parley.ui.coding.Workspace;

/**
 * The codebook editor: pick a code list and a code; change its name, colour, key, description, aliases
 * or parent; add, merge (recoding every claim) or delete codes. Every change is stored at once and is
 * undoable (Edit > Undo). A change that breaks the codebook's rules is refused here with the reason.
 */
public final class CodebookEditor {
    private final Workspace workspace;
    private final CodebookWork work;
    private final ComboBox<String> lists = new ComboBox<>();
    private final ListView<Code> codes = new ListView<>();
    private final TextField name = new TextField();
    private final ColorPicker colour = new ColorPicker();
    private final TextField key = new TextField();
    private final TextArea description = new TextArea();
    private final TextField aliases = new TextField();
    /** A number: a stance's polarity by its sign (the network export reads it); blank for none. */
    private final TextField value = new TextField();
    private final ComboBox<Code> parent = new ComboBox<>();
    private final Label problem = new Label();
    private final Dialog<Void> dialog = new Dialog<>();
    private Button save;
    /** Between "New code" and Save: the form is a new code's. */
    private boolean adding;
    /** The code just added, selected once the codebook is read again. */
    private String added;

    /** An editor that opens at its default size and remembers none (tests). */
    public CodebookEditor(Workspace workspace) {
        this(workspace, null);
    }

    /** {@code settings}: where the editor's size is remembered (null: nowhere). */
    public CodebookEditor(Workspace workspace, org.parley.core.config.Settings settings) {
        this.workspace = workspace;
        this.work = new CodebookWork(workspace);
        createView();
        bind();
        double[] size = settings == null ? DEFAULT_SIZE : settings.codebookEditorSize(DEFAULT_SIZE);
        dialog.getDialogPane().setPrefSize(size[0], size[1]);
        if (settings != null) {
            dialog.setOnHidden(e -> {
                settings.codebookEditorSize(dialog.getDialogPane().getWidth(), dialog.getDialogPane().getHeight());
                settings.saveSoon();
            });
        }
    }

    /** Big enough for every control of both tabs. */
    static final double[] DEFAULT_SIZE = {1000, 640};

    private void createView() {
        dialog.setTitle("Codebook");
        dialog.setHeaderText("Codes, their colours, keys and descriptions (the coding manual)");
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        name.setId("code-name");
        key.setId("code-key");
        key.setPrefColumnCount(2);
        aliases.setPromptText("other names, comma-separated");
        value.setId("code-value");
        value.setPromptText("a number: for a stance, positive agrees, negative disagrees, 0 or blank is neutral");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        codes.setId("codes");
        codes.setPrefWidth(280);
        codes.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Code c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText((c.parentUuid() != null ? "    " : "") + c.name() + (c.key() == null ? "" : "   [" + c.key() + "]"));
                Region swatch = new Region();
                swatch.setMinSize(14, 14);
                swatch.setStyle("-fx-background-color: " + c.colour() + "; -fx-background-radius: 3;");
                setGraphic(swatch);
                setTooltip(c.description().isEmpty() ? null : new Tooltip(c.description()));
            }
        });
        parent.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Code c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? "(none)" : c.name());
            }
        });
        parent.setButtonCell(parent.getCellFactory().call(null));
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        fields.setMinWidth(320);
        form.getColumnConstraints().addAll(labels, fields);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Colour"), colour);
        form.addRow(2, new Label("Key"), key);
        form.addRow(3, new Label("Aliases"), aliases);
        form.addRow(4, new Label("Under"), parent);
        form.addRow(5, new Label("Value"), value);
        form.addRow(6, new Label("Description"), description);
        save = button("Save changes", "save-code", this::saveChanges);
        Button add = button("New code", "add-code", this::addCode);
        Button merge = button("Merge into…", "merge-code", this::mergeCode);
        Button delete = button("Delete…", "delete-code", this::deleteCode);
        Button undo = button("Undo", "undo-codebook", workspace::undo);
        for (Button b : new Button[] {save, add, merge, delete, undo}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        VBox right = new VBox(10, form, new HBox(8, save, add, merge, delete, undo), problem);
        HBox.setHgrow(right, javafx.scene.layout.Priority.ALWAYS);
        lists.setMaxWidth(Double.MAX_VALUE);
        VBox left = new VBox(8, lists, codes);
        left.setMinWidth(280);
        VBox.setVgrow(codes, javafx.scene.layout.Priority.ALWAYS);
        HBox body = new HBox(14, left, right);
        body.setPadding(new Insets(6));
        javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane(
                new javafx.scene.control.Tab("Codes", body),
                new javafx.scene.control.Tab("Dimensions", new DimensionsTab(workspace, work)));
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        dialog.getDialogPane().setContent(tabs);
        dialog.setResizable(true);
        dialog.getDialogPane().setId("codebook-editor");
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void bind() {
        lists.setOnAction(e -> showList());
        codes.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> showCode(now));
        workspace.codebookProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private Codebook book() {
        return workspace.codebookProperty().get();
    }

    private void refresh() {
        String list = lists.getValue();
        Code sel = codes.getSelectionModel().getSelectedItem();
        lists.getItems().setAll(book().codeLists().keySet());
        lists.setValue(list != null && book().codeLists().containsKey(list) ? list : lists.getItems().isEmpty() ? null : lists.getItems().get(0));
        showList();
        String pick = added != null ? added : sel == null ? null : sel.uuid();
        added = null;
        if (pick != null) {
            codes.getItems().stream().filter(c -> c.uuid().equals(pick)).findFirst().ifPresent(c -> codes.getSelectionModel().select(c));
        }
    }

    private void showList() {
        List<Code> list = lists.getValue() == null ? List.of() : book().codeLists().get(lists.getValue());
        codes.getItems().setAll(NewCodeProposal.treeOrder(list));
        if (!list.isEmpty() && codes.getSelectionModel().isEmpty()) {
            codes.getSelectionModel().select(0);
        }
        List<Code> parents = new ArrayList<>();
        parents.add(null);
        parents.addAll(list);
        parent.getItems().setAll(parents);
    }

    private void showCode(Code c) {
        if (c == null) {
            return;
        }
        problem.setText("");
        adding = false;
        save.setText("Save changes");
        name.setText(c.name());
        colour.setValue(Color.web(c.colour()));
        key.setText(c.key() == null ? "" : c.key());
        description.setText(c.description());
        aliases.setText(String.join(", ", c.aliases()));
        value.setText(c.value() == null ? "" : c.value() % 1 == 0 ? String.valueOf(c.value().longValue()) : String.valueOf(c.value()));
        parent.setValue(c.parentUuid() == null ? null
                : codes.getItems().stream().filter(p -> p.uuid().equals(c.parentUuid())).findFirst().orElse(null));
    }

    private Optional<Code> fromForm(Code base) {
        try {
            List<String> al = Arrays.stream(aliases.getText().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            Color col = colour.getValue();
            String hex = String.format("#%02x%02x%02x", Math.round(col.getRed() * 255), Math.round(col.getGreen() * 255), Math.round(col.getBlue() * 255));
            Code p = parent.getValue();
            Double number;
            try {
                number = value.getText().isBlank() ? null : Double.valueOf(value.getText().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the value must be a number, such as 1, -1 or 0.5: " + value.getText().strip());
            }
            return Optional.of(new Code(base == null ? 0 : base.id(), base == null ? Ids.newUuid() : base.uuid(), name.getText(), hex,
                    key.getText().isBlank() ? null : key.getText().strip(), description.getText(), al, p == null ? null : p.uuid(), number));
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return Optional.empty();
        }
    }

    /** Checks the codebook's rules (unique names, keys, aliases) with {@code code} in place of its old self. */
    private boolean fits(Code code) {
        List<Code> list = new ArrayList<>(book().codeLists().get(lists.getValue()));
        list.removeIf(c -> c.uuid().equals(code.uuid()));
        list.add(code);
        Map<String, List<Code>> all = new LinkedHashMap<>(book().codeLists());
        all.put(lists.getValue(), list);
        try {
            new Codebook(book().name(), book().description(), book().dimensions(), all);
            return true;
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return false;
        }
    }

    void saveChanges() {
        if (adding) {
            fromForm(null).filter(this::fits).ifPresent(code -> {
                adding = false;
                save.setText("Save changes");
                problem.setText("");
                added = code.uuid();
                work.add(lists.getValue(), code);
            });
            return;
        }
        Code before = codes.getSelectionModel().getSelectedItem();
        if (before == null) {
            return;
        }
        fromForm(before).filter(this::fits).ifPresent(after -> {
            problem.setText("");
            work.change(before, after);
        });
    }

    /** "New code": an empty form, the name focused, a free key and an unused colour proposed; Save adds it. */
    void addCode() {
        if (lists.getValue() == null) {
            return;
        }
        adding = true;
        codes.getSelectionModel().clearSelection();
        List<Code> list = book().codeLists().get(lists.getValue());
        name.setText("");
        key.setText(NewCodeProposal.freeKey(list).orElse(""));
        colour.setValue(Color.web(NewCodeProposal.unusedColour(list)));
        description.setText("");
        aliases.setText("");
        value.setText("");
        parent.setValue(null);
        problem.setText("");
        save.setText("Add code");
        name.requestFocus();
    }

    /** "1 claim", "3 claims". */
    static String claims(int n) {
        return n + (n == 1 ? " claim" : " claims");
    }

    void mergeCode() {
        Code from = codes.getSelectionModel().getSelectedItem();
        if (from == null) {
            return;
        }
        work.uses(from, used -> askMerge(from, used));
    }

    private void askMerge(Code from, int used) {
        List<Code> others = codes.getItems().stream().filter(c -> !c.uuid().equals(from.uuid())).toList();
        List<String> names = others.stream().map(Code::name).toList();
        // the coder chooses the target: none is offered first (ChoiceDialog would preselect one)
        ComboBox<String> target = new ComboBox<>();
        target.getItems().setAll(names);
        target.setPromptText("Choose the code to merge into");
        target.setId("merge-target");
        Dialog<String> pick = new Dialog<>();
        pick.setTitle("Merge codes");
        pick.setHeaderText("Merge '" + from.name() + "' into another code: its " + claims(used) + (used == 1 ? " is" : " are")
                + " recoded.");
        pick.getDialogPane().setContent(target);
        pick.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        pick.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(target.valueProperty().isNull());
        pick.getDialogPane().setId("merge-into");
        pick.setResultConverter(b -> b == ButtonType.OK ? target.getValue() : null);
        pick.initOwner(window());
        pick.showAndWait().flatMap(n -> others.stream().filter(c -> c.name().equals(n)).findFirst())
                .ifPresent(into -> work.merge(from, into));
    }

    void deleteCode() {
        Code c = codes.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        work.uses(c, used -> {
            if (used > 0) {
                askMerge(c, used);
            } else {
                work.delete(c);
            }
        });
    }

    private Window window() {
        return dialog.getDialogPane().getScene().getWindow();
    }

    public void show(Window owner) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.show();
    }

    /** For tests and the keyboard: pick a code by name in the current list. */
    public void select(String list, String codeName) {
        lists.setValue(list);
        showList();
        codes.getItems().stream().filter(c -> c.name().equals(codeName)).findFirst().ifPresent(c -> codes.getSelectionModel().select(c));
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
