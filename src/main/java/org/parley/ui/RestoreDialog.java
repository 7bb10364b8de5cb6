package org.parley.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.parley.core.backup.ShelvedBackup;

/**
 * File > Restore from backup…: the open corpus's automatic backups, newest first (date, kind, size). Restore
 * (Enter) hands the chosen one to {@code restore}; Esc closes. Shown without waiting, so the window stays live.
 */
final class RestoreDialog {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

    private final Node owner;
    private final String corpusName;
    private final List<ShelvedBackup> backups;
    private final java.nio.file.Path folder;
    private final ZoneId zone;

    RestoreDialog(Node owner, String corpusName, List<ShelvedBackup> backups, java.nio.file.Path folder, ZoneId zone) {
        this.owner = owner;
        this.corpusName = corpusName;
        this.backups = backups;
        this.folder = folder;
        this.zone = zone;
    }

    void show(Consumer<ShelvedBackup> restore) {
        TableView<ShelvedBackup> table = new TableView<>();
        table.setId("backup-list");
        table.getColumns().add(column("Taken", b -> WHEN.format(b.taken().atZone(zone)), 190));
        table.getColumns().add(column("Kind", b -> b.kind().description(), 230));
        table.getColumns().add(column("Size", b -> size(b.bytes()), 90));
        table.getItems().setAll(backups);
        table.setPlaceholder(new Label("No automatic backups of this corpus yet: one is taken when you first open it each day."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.getSelectionModel().selectFirst();

        Label note = new Label("Restoring closes the corpus, puts the backup in its place and opens it again. The corpus"
                + " as it is now is kept beside it. Backups are in " + folder + ".");
        note.setWrapText(true);
        note.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // all of it, on as many lines as it needs
        VBox content = new VBox(8, table, note);
        content.setPrefWidth(560);

        Dialog<ShelvedBackup> d = new Dialog<>();
        d.setTitle("Restore from backup");
        d.setHeaderText("Backups of " + corpusName);
        ButtonType restoreButton = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restoreButton, ButtonType.CLOSE);
        d.getDialogPane().setContent(content);
        d.getDialogPane().setPrefSize(600, 400);
        d.getDialogPane().setId("restore-dialog");
        Button ok = (Button) d.getDialogPane().lookupButton(restoreButton);
        ok.setId("restore-run");
        ok.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
        }
        d.setResultConverter(b -> b == restoreButton ? table.getSelectionModel().getSelectedItem() : null);
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                restore.accept(d.getResult());
            }
        });
        d.setOnShown(e -> table.requestFocus());
        d.show();
    }

    private static TableColumn<ShelvedBackup, String> column(String title, java.util.function.Function<ShelvedBackup, String> text, double width) {
        TableColumn<ShelvedBackup, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(text.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
