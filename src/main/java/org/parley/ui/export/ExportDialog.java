package org.parley.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.session.JobWatcher;
import org.parley.ui.common.FolderOpener;
import org.parley.core.session.OpenCorpus;

/**
 * File > Export…: the formats with a line on each (datasets, then formats for other tools), the options
 * the chosen format reads, where to write it, then progress with Cancel and a summary with a way to
 * the folder. All state is in {@link ExportViewModel}; this class builds nodes and binds them.
 */
public final class ExportDialog {
    private final ExportViewModel model;
    private final OpenCorpus corpus;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final ExportOptionsForm form;

    public ExportDialog(ExportViewModel model, OpenCorpus corpus) {
        this.model = model;
        this.corpus = corpus;
        this.form = new ExportOptionsForm(model);
        createView();
    }

    private void createView() {
        Label heading = new Label("Format");
        heading.getStyleClass().add("panel-title");
        VBox formats = new VBox(4, heading, formatList());
        HBox top = new HBox(24, formats, new Separator(javafx.geometry.Orientation.VERTICAL), form.root());
        HBox.setHgrow(form.root(), Priority.ALWAYS);
        VBox body = new VBox(14, top, new Separator(), output(), progress(), outcome());
        body.setPadding(new Insets(16, 18, 8, 18));
        root.setCenter(body);
        root.setBottom(buttons());
        root.setId("export-dialog");
        top.disableProperty().bind(model.run().runningProperty());
    }

    private Node formatList() {
        ToggleGroup group = new ToggleGroup();
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(5);
        int row = 0;
        for (ExportFormat.Group g : ExportFormat.Group.values()) {
            Label title = new Label(g.title());
            title.getStyleClass().add("muted");
            title.setPadding(new Insets(row == 0 ? 0 : 8, 0, 0, 0));
            grid.add(title, 0, row++, 2, 1);
            for (ExportFormat f : ExportFormat.of(g)) {
                RadioButton choice = new RadioButton(f.title());
                choice.setId("format-" + f.name());
                choice.setToggleGroup(group);
                choice.setUserData(f);
                choice.setSelected(f.equals(model.formatProperty().get()));
                choice.setMinWidth(Region.USE_PREF_SIZE);
                Label line = new Label(f.description());
                line.getStyleClass().add("muted");
                line.setMinWidth(Region.USE_PREF_SIZE);
                line.setOnMouseClicked(e -> choice.setSelected(true));
                grid.addRow(row++, choice, line);
            }
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null) {
                model.formatProperty().set((ExportFormat) now.getUserData());
            }
        });
        return grid;
    }

    private Node output() {
        Label label = new Label("Write to");
        label.getStyleClass().add("panel-title");
        TextField path = new TextField();
        path.setId("export-out");
        path.textProperty().bindBidirectional(model.outProperty());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button browse = new Button("Browse…");
        browse.setId("export-browse");
        browse.setOnAction(e -> browse());
        Label kind = new Label();
        kind.getStyleClass().add("muted");
        kind.textProperty().bind(Bindings.when(model.writesFolderBinding()).then("a folder").otherwise("a file"));
        HBox row = new HBox(10, label, path, kind, browse);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label();
        hint.setId("export-problem");
        hint.textProperty().bind(Bindings.createStringBinding(() -> model.problemProperty().get() != null
                ? model.problemProperty().get() : model.warningProperty().get() != null ? model.warningProperty().get() : "",
                model.problemProperty(), model.warningProperty()));
        model.problemProperty().addListener((o, was, now) -> hint.getStyleClass().setAll("label", now != null ? "problem" : "warning"));
        hint.getStyleClass().setAll("label", model.problemProperty().get() != null ? "problem" : "warning");
        showWhen(hint, hint.textProperty().isNotEmpty());
        VBox box = new VBox(6, row, hint);
        box.disableProperty().bind(model.run().runningProperty());
        return box;
    }

    private Node progress() {
        ProgressBar bar = new ProgressBar();
        bar.setId("export-progress");
        bar.progressProperty().bind(model.run().progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Label status = new Label();
        status.textProperty().bind(model.run().statusProperty());
        status.setMinWidth(180);
        HBox box = new HBox(12, bar, status);
        box.setAlignment(Pos.CENTER_LEFT);
        showWhen(box, model.run().runningProperty());
        model.run().runningProperty().addListener((o, was, now) -> stage.sizeToScene()); // room for the bar, then the summary
        return box;
    }

    private Node outcome() {
        Label headline = new Label();
        headline.setId("export-summary");
        headline.setWrapText(true);
        VBox details = new VBox(3);
        details.setId("export-details");
        VBox box = new VBox(6, headline, details);
        model.run().outcomeProperty().addListener((o, was, now) -> {
            details.getChildren().clear();
            if (now != null) {
                headline.setText(now.headline());
                headline.getStyleClass().setAll("label", switch (now.end()) {
                    case DONE -> "panel-title";
                    case CANCELLED -> "warning";
                    case FAILED -> "problem";
                });
                now.details().forEach(d -> {
                    Label l = new Label(d);
                    l.setWrapText(true);
                    details.getChildren().add(l);
                });
                stage.sizeToScene();
            }
        });
        showWhen(box, model.run().outcomeProperty().isNotNull());
        return box;
    }

    private Node buttons() {
        Button openFolder = new Button("Open folder");
        openFolder.setId("export-open-folder");
        openFolder.setOnAction(e -> openFolder());
        showWhen(openFolder, Bindings.createBooleanBinding(() -> FolderOpener.supported() && model.run().outcomeProperty().get() != null
                && model.run().outcomeProperty().get().folder() != null, model.run().outcomeProperty()));
        Button export = new Button("Export");
        export.setId("export-run");
        export.setDefaultButton(true);
        export.disableProperty().bind(model.problemProperty().isNotNull().or(model.run().runningProperty()));
        export.setOnAction(e -> model.start(corpus));
        Button cancel = new Button("Cancel");
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> model.run().cancel());
        showWhen(cancel, model.run().runningProperty());
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        showWhen(close, model.run().runningProperty().not());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(10, openFolder, gap, export, cancel, close);
        bar.setPadding(new Insets(10, 18, 16, 18));
        return bar;
    }

    static void showWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
    }

    private void browse() {
        Path current = Path.of(model.outProperty().get().isBlank() ? org.parley.core.config.Places.forThisUser().home().toString() : model.outProperty().get().strip());
        Path folder = current.toAbsolutePath().getParent();
        File chosen;
        if (model.writesFolderBinding().get()) {
            DirectoryChooser c = new DirectoryChooser();
            c.setTitle("Export to folder");
            if (folder != null && Files.isDirectory(folder)) {
                c.setInitialDirectory(folder.toFile());
            }
            chosen = c.showDialog(stage);
        } else {
            ExportFormat f = model.formatProperty().get();
            FileChooser c = new FileChooser();
            c.setTitle("Export " + f.title());
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(f.title() + " (*" + f.extension() + ")", "*" + f.extension()));
            c.setInitialFileName(current.getFileName() == null ? "" : current.getFileName().toString());
            if (folder != null && Files.isDirectory(folder)) {
                c.setInitialDirectory(folder.toFile());
            }
            chosen = c.showSaveDialog(stage);
            if (chosen != null && !chosen.getName().contains(".")) {
                chosen = new File(chosen.getParentFile(), chosen.getName() + f.extension());
            }
        }
        if (chosen != null) {
            model.outProperty().set(chosen.getAbsolutePath());
        }
    }

    private void openFolder() {
        Path folder = model.run().outcomeProperty().get().folder();
        corpus.jobs().start("open " + folder, control -> {
            FolderOpener.open(folder);
            return folder;
        }, new JobWatcher<Path>() {
            @Override
            public void done(Path opened) {
            }

            @Override
            public void failed(Throwable e) {
                System.getLogger(ExportDialog.class.getName()).log(System.Logger.Level.WARNING, "could not open " + folder, e);
            }
        });
    }

    /** Shows the dialog over {@code owner}; closing it cancels an export still running. */
    public void show(Window owner) {
        Scene scene = new Scene(root);
        scene.getStylesheets().add(getClass().getResource("/css/parley.css").toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.run().runningProperty().get()) {
                model.run().cancel();
            }
        });
        stage.setScene(scene);
        stage.setTitle("Export");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setOnCloseRequest(e -> model.run().cancel());
        stage.show();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }
}
