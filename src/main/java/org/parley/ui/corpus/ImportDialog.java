package org.parley.ui.corpus;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.parley.core.ingest.ImportSummary;

/**
 * Progress of an import (the job's coalesced progress) with Cancel (files done so far are kept), then what was imported, skipped and why,
 * and what a file held that could not be mapped.
 */
public final class ImportDialog {
    private final Dialog<Void> dialog = new Dialog<>();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label current = new Label("Reading files…");
    private final TextArea report = new TextArea();

    /**
     * {@code cancel}: asks the import job to stop after the file at hand. {@code wholePages}: the remembered choice
     * to import a web page's whole visible text (this import's, and the next one's when changed now).
     */
    public ImportDialog(Node owner, Runnable cancel, javafx.beans.property.BooleanProperty wholePages) {
        javafx.scene.control.CheckBox whole = new javafx.scene.control.CheckBox(
                "Web pages: import the whole page (every visible text, not only the article)");
        whole.setId("import-whole-pages");
        whole.setSelected(wholePages.get());
        boolean asStarted = wholePages.get();
        Label next = new Label("From the next import on.");
        next.getStyleClass().add("muted");
        next.visibleProperty().bind(asStarted ? whole.selectedProperty().not() : whole.selectedProperty());
        // a listener, not a bidirectional binding: that holds the caller's property weakly, and once collected the choice was lost
        whole.selectedProperty().addListener((o, was, now) -> wholePages.set(now));
        dialog.setTitle("Import");
        dialog.setHeaderText("Importing");
        bar.setPrefWidth(460);
        report.setEditable(false);
        report.setVisible(false);
        report.setManaged(false);
        report.setPrefRowCount(12);
        dialog.getDialogPane().setContent(new VBox(10, current, bar, report, new javafx.scene.layout.HBox(8, whole, next)));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancelButton.setId("import-cancel");
        current.setId("import-progress");
        cancelButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            cancel.run();
            current.setText("Cancelling after this file…");
            e.consume();
        });
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
    }

    public void show() {
        dialog.show();
    }

    public void progress(long done, long total, String file) {
        bar.setProgress(total <= 0 ? ProgressBar.INDETERMINATE_PROGRESS : (double) done / total);
        current.setText(done + " of " + total + ": " + file);
    }

    public void summary(ImportSummary s) {
        dialog.setHeaderText((s.cancelled() ? "Import cancelled: " : "Import finished: ") + s.imported().size() + " imported, "
                + s.duplicates().size() + " already in the corpus, " + s.failed().size() + " failed"
                + (s.notes().isEmpty() ? "" : ", some content not mapped (listed below)"));
        bar.setProgress(1);
        current.setText(s.cancelled() ? "The files imported before you cancelled are kept." : "");
        StringBuilder b = new StringBuilder();
        s.failed().forEach(f -> b.append("failed: ").append(f.file()).append(": ").append(f.reason()).append('\n'));
        s.notes().forEach(n -> b.append(n.label()).append(": ").append(n.file()).append(": ").append(n.text()).append('\n'));
        s.duplicates().forEach(d -> b.append("already there (document ").append(d.of()).append("): ").append(d.file()).append('\n'));
        s.imported().forEach(i -> b.append("imported as ").append(i.id()).append(": ").append(i.file()).append('\n'));
        report.setText(b.toString());
        report.setVisible(true);
        report.setManaged(true);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getScene().getWindow().sizeToScene();
    }

    public void close() {
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.close();
    }
}
