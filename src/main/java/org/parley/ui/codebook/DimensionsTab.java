package org.parley.ui.codebook;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.Ids;
import org.parley.ui.coding.Workspace;

/**
 * The questions each claim answers: add a dimension (one code, several codes, or free text; on a new or
 * an existing code list, so speaker and target can share the actors), rename or describe one, remove
 * one no claim is coded in. Kind and code list are chosen when a dimension is made.
 */
final class DimensionsTab extends HBox {
    private final Workspace workspace;
    private final CodebookWork work;
    private final ListView<Dimension> list = new ListView<>();
    private final TextField name = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<DimensionKind> kind = new ComboBox<>();
    private final ComboBox<String> codeList = new ComboBox<>();
    private final Label problem = new Label();

    DimensionsTab(Workspace workspace, CodebookWork work) {
        this.workspace = workspace;
        this.work = work;
        setSpacing(14);
        setPadding(new Insets(6));
        list.setId("dimensions");
        list.setPrefWidth(280);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Dimension d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.name() + "   (" + kindInWords(d.kind())
                        + (d.codeList() == null ? "" : ", " + d.codeList()) + ")");
            }
        });
        name.setId("dimension-name");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        kind.getItems().setAll(DimensionKind.values());
        // kinds in words ("one code"), not the enum's names
        javafx.util.Callback<javafx.scene.control.ListView<DimensionKind>, javafx.scene.control.ListCell<DimensionKind>> words = v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(DimensionKind k, boolean empty) {
                super.updateItem(k, empty);
                setText(empty || k == null ? null : kindInWords(k));
            }
        };
        kind.setCellFactory(words);
        kind.setButtonCell(words.call(null));
        kind.setValue(DimensionKind.SINGLE);
        codeList.setEditable(true);
        codeList.setPromptText("code list (new or existing)");
        problem.getStyleClass().add("problem");
        problem.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Description"), description);
        form.addRow(2, new Label("Kind (new)"), kind);
        form.addRow(3, new Label("Code list (new)"), codeList);
        Button save = new Button("Save changes");
        save.setOnAction(e -> save());
        Button add = new Button("Add dimension");
        add.setId("add-dimension");
        add.setOnAction(e -> add());
        Button remove = new Button("Remove");
        remove.setOnAction(e -> remove());
        getChildren().addAll(list, new VBox(10, form, new HBox(8, save, add, remove), problem));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                name.setText(now.name());
                description.setText(now.description());
                problem.setText("");
            }
        });
        workspace.codebookProperty().addListener((o, was, now) -> refresh());
        refresh();
    }

    private void refresh() {
        Codebook book = workspace.codebookProperty().get();
        Dimension sel = list.getSelectionModel().getSelectedItem();
        list.getItems().setAll(book.dimensions());
        codeList.getItems().setAll(book.codeLists().keySet());
        if (sel != null) {
            list.getItems().stream().filter(d -> d.uuid().equals(sel.uuid())).findFirst().ifPresent(d -> list.getSelectionModel().select(d));
        }
    }

    private boolean fits(List<Dimension> dims, String newList) {
        Codebook book = workspace.codebookProperty().get();
        var lists = new java.util.LinkedHashMap<>(book.codeLists());
        if (newList != null) {
            lists.putIfAbsent(newList, List.of());
        }
        try {
            new Codebook(book.name(), book.description(), dims, lists);
            return true;
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            return false;
        }
    }

    void add() {
        try {
            String listName = kind.getValue().takesCodes() ? codeList.getEditor().getText().strip() : null;
            Dimension d = new Dimension(0, Ids.newUuid(), name.getText(), kind.getValue(), listName, description.getText());
            List<Dimension> dims = new ArrayList<>(workspace.codebookProperty().get().dimensions());
            dims.add(d);
            if (fits(dims, listName)) {
                problem.setText("");
                work.addDimension(d);
            }
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void save() {
        Dimension before = list.getSelectionModel().getSelectedItem();
        if (before == null) {
            return;
        }
        try {
            Dimension after = new Dimension(before.id(), before.uuid(), name.getText(), before.kind(), before.codeList(), description.getText());
            List<Dimension> dims = new ArrayList<>();
            workspace.codebookProperty().get().dimensions().forEach(d -> dims.add(d.uuid().equals(after.uuid()) ? after : d));
            if (fits(dims, null)) {
                problem.setText("");
                work.changeDimension(before, after);
            }
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void remove() {
        Dimension d = list.getSelectionModel().getSelectedItem();
        if (d == null) {
            return;
        }
        work.uses(d, used -> {
            if (used > 0) {
                problem.setText("'" + d.name() + "' is used by " + CodebookEditor.claims(used) + ": it cannot be removed.");
            } else {
                work.removeDimension(d);
            }
        });
    }

    /** A dimension's kind as the coder reads it. */
    static String kindInWords(DimensionKind k) {
        return switch (k) {
            case SINGLE -> "one code per claim";
            case MULTI -> "several codes per claim";
            case TEXT -> "free text";
        };
    }
}
