package org.parley.ui.export;

import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parley.core.export.job.ExportFormat.Option;
import org.parley.ui.export.ExportViewModel.Documents;

/** The options of the export dialog; each row shows only while the chosen format reads it. */
final class ExportOptionsForm {
    private static final double LABEL_WIDTH = 96;
    private static final double CHOICE_WIDTH = 250;
    private static final String ALL_CODERS = "All coders";
    private static final String ACCEPTED = "Accepted claims only";
    private static final String ALL_STATUSES = "All claims (suggested and rejected too)";

    private final ExportViewModel model;
    private final VBox rows = new VBox(10);
    private final VBox root;

    ExportOptionsForm(ExportViewModel model) {
        this.model = model;
        Label heading = new Label("Options");
        heading.getStyleClass().add("panel-title");
        Label none = new Label("Nothing to choose: the whole codebook is written.");
        none.getStyleClass().add("muted");
        ExportDialog.showWhen(none, model.usesBinding(Option.SELECTION).not());
        root = new VBox(8, heading, rows, none);
        createRows();
    }

    Node root() {
        return root;
    }

    private void createRows() {
        ObservableBooleanValue selection = model.usesBinding(Option.SELECTION);
        add("Documents", documents(), selection);
        ComboBox<String> status = new ComboBox<>();
        status.getItems().setAll(ACCEPTED, ALL_STATUSES);
        status.setValue(model.allStatusesProperty().get() ? ALL_STATUSES : ACCEPTED);
        status.valueProperty().addListener((o, was, now) -> model.allStatusesProperty().set(ALL_STATUSES.equals(now)));
        status.setId("export-status");
        status.setPrefWidth(CHOICE_WIDTH);
        add("Claims", status, selection);
        ComboBox<String> coder = new ComboBox<>();
        coder.getItems().add(ALL_CODERS);
        coder.getItems().addAll(model.coders());
        coder.setValue(model.coderProperty().get() == null ? ALL_CODERS : model.coderProperty().get());
        coder.valueProperty().addListener((o, was, now) -> model.coderProperty().set(ALL_CODERS.equals(now) ? null : now));
        coder.setId("export-coder");
        coder.setPrefWidth(CHOICE_WIDTH);
        add("Coder", coder, selection);

        ComboBox<String> label = new ComboBox<>();
        label.getItems().setAll(model.labels());
        label.valueProperty().bindBidirectional(model.labelProperty());
        label.setId("export-label");
        label.setPrefWidth(CHOICE_WIDTH);
        add("Label from", withHint(label, "the dimension naming each span"), model.usesBinding(Option.LABEL));

        CheckBox bom = new CheckBox("Start with a byte order mark, so Excel reads UTF-8");
        bom.selectedProperty().bindBidirectional(model.bomProperty());
        bom.setId("export-bom");
        add("Excel", bom, model.usesBinding(Option.BOM));

        add("Split", split(), model.usesBinding(Option.SPLIT));

        TextField project = new TextField();
        project.setPromptText("the codebook's name");
        project.textProperty().bindBidirectional(model.projectNameProperty());
        add("Project name", project, model.usesBinding(Option.PROJECT_NAME));

        TextField author = new TextField();
        author.setPromptText("the fact-checking organisation");
        author.textProperty().bindBidirectional(model.reviewAuthorProperty());
        author.setId("export-review-author");
        add("Reviewer", author, model.usesBinding(Option.REVIEW));
        TextField url = new TextField();
        url.setPromptText("https://example.org/fact-checks/{id}");
        url.textProperty().bindBidirectional(model.reviewUrlProperty());
        url.setId("export-review-url");
        add("Review page", url, model.usesBinding(Option.REVIEW));
    }

    private Node documents() {
        ToggleGroup group = new ToggleGroup();
        RadioButton all = radio("All documents", Documents.ALL, group);
        String title = model.openDocument() == null ? "none open" : shorten(model.openDocument().title());
        RadioButton open = radio("The open document (" + title + ")", Documents.OPEN, group);
        open.setDisable(model.openDocument() == null);
        RadioButton matching = radio("Matching", Documents.MATCHING, group);
        TextField query = new TextField();
        query.setId("export-query");
        query.setPromptText("words, \"a phrase\", OR, NOT, prefix*");
        query.textProperty().bindBidirectional(model.queryProperty());
        query.disableProperty().bind(matching.selectedProperty().not());
        query.setPrefColumnCount(22);
        group.selectedToggleProperty().addListener((o, was, now) -> model.documentsProperty().set((Documents) now.getUserData()));
        HBox search = new HBox(8, matching, query);
        search.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, all, open, search);
    }

    private RadioButton radio(String text, Documents which, ToggleGroup group) {
        RadioButton r = new RadioButton(text);
        r.setMnemonicParsing(false); // a title's underscores ("arms_control_2019") are text, not a shortcut mark
        r.setUserData(which);
        r.setToggleGroup(group);
        r.setSelected(model.documentsProperty().get() == which);
        r.setId("export-documents-" + which.name().toLowerCase(java.util.Locale.ROOT));
        return r;
    }

    private Node split() {
        CheckBox on = new CheckBox("Train, dev and test by document");
        on.selectedProperty().bindBidirectional(model.splitProperty());
        on.setId("export-split");
        TextField shares = new TextField();
        shares.textProperty().bindBidirectional(model.sharesProperty());
        shares.setPrefColumnCount(6);
        TextField seed = new TextField();
        seed.textProperty().bindBidirectional(model.seedProperty());
        seed.setPrefColumnCount(4);
        Label seedLabel = new Label("seed");
        HBox box = new HBox(8, on, shares, seedLabel, seed);
        box.setAlignment(Pos.CENTER_LEFT);
        shares.disableProperty().bind(on.selectedProperty().not());
        seed.disableProperty().bind(on.selectedProperty().not());
        seedLabel.disableProperty().bind(on.selectedProperty().not());
        return box;
    }

    private static Node withHint(Node control, String hint) {
        Label l = new Label(hint);
        l.getStyleClass().add("muted");
        HBox box = new HBox(10, control, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static String shorten(String title) {
        String t = title == null || title.isBlank() ? "untitled" : title.strip();
        return t.length() <= 40 ? t : t.substring(0, 39) + "…";
    }

    private void add(String name, Node control, ObservableBooleanValue shown) {
        Label label = new Label(name);
        label.setMinWidth(LABEL_WIDTH);
        label.setPrefWidth(LABEL_WIDTH);
        label.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        HBox line = new HBox(12, label, control);
        line.setAlignment(Pos.TOP_LEFT);
        rows.getChildren().add(line);
        ExportDialog.showWhen(line, shown);
    }
}
