package org.parley.ui;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.session.DocumentChanges;

/**
 * Document > Details… (F4): the open document's title, date, source, author, place, url, language, its other
 * fields (one "name: value" a line) and its memo, to correct. Save hands the edited state over (a date that is no
 * ISO 8601 date is refused in place); Esc closes. The text, file name and checksum are what was imported and are
 * shown, not edited. Shown without waiting, so the window stays live.
 */
final class DocumentDialog {
    /** What Save gives: the whole editable metadata and the memo ("" for none). */
    record Edited(DocumentMeta meta, String memo) {
    }

    private final Node owner;
    private final DocumentChanges.Details details;
    private final TextField title = field("doc-title");
    private final TextField date = field("doc-date");
    private final TextField source = field("doc-source");
    private final TextField author = field("doc-author");
    private final TextField place = field("doc-place");
    private final TextField url = field("doc-url");
    private final TextField language = field("doc-language");
    private final TextArea fields = new TextArea();
    private final TextArea memo = new TextArea();
    private final Label problem = new Label();

    DocumentDialog(Node owner, DocumentChanges.Details details) {
        this.owner = owner;
        this.details = details;
    }

    void show(Consumer<Edited> save) {
        DocumentMeta m = details.document().meta();
        title.setText(orEmpty(m.title()));
        date.setText(m.published() == null ? "" : m.published().iso());
        date.setPromptText("YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD");
        source.setText(orEmpty(m.source()));
        author.setText(orEmpty(m.author()));
        place.setText(orEmpty(m.place()));
        url.setText(orEmpty(m.url()));
        language.setText(orEmpty(m.language()));
        language.setPromptText("en, ru, …");
        StringBuilder lines = new StringBuilder();
        m.extra().forEach((k, v) -> lines.append(k).append(": ").append(v).append('\n'));
        fields.setText(lines.toString());
        fields.setId("doc-fields");
        fields.setPrefRowCount(3);
        fields.setPromptText("Other fields, one a line: name: value");
        memo.setText(details.memo());
        memo.setId("doc-memo");
        memo.setPrefRowCount(4);
        memo.setWrapText(true);
        memo.setPromptText("Memo: your notes on this document");
        problem.setId("doc-problem");
        problem.getStyleClass().add("muted");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        row = row(grid, row, "Title", title);
        row = row(grid, row, "Date", date);
        row = row(grid, row, "Source", source);
        row = row(grid, row, "Author", author);
        row = row(grid, row, "Place", place);
        row = row(grid, row, "URL", url);
        row = row(grid, row, "Language", language);
        row = row(grid, row, "Other fields", fields);
        row = row(grid, row, "Memo", memo);
        String file = m.fileName() == null ? "pasted or typed" : m.fileName();
        Label origin = new Label("Document " + details.document().id() + ", imported from " + file
                + " on " + details.document().imported().toString().substring(0, 10) + " (the text never changes).");
        origin.setWrapText(true);
        origin.setMinHeight(Region.USE_PREF_SIZE);
        origin.getStyleClass().add("muted");
        grid.add(origin, 0, row++, 2, 1);
        grid.add(problem, 0, row, 2, 1);
        grid.setPrefWidth(620);

        Dialog<Edited> d = new Dialog<>();
        d.setTitle("Document");
        d.setHeaderText(m.title() == null ? "(untitled)" : m.title());
        ButtonType saveButton = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(saveButton, ButtonType.CANCEL);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setId("document-dialog");
        d.setResizable(true);
        if (owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
        }
        d.getDialogPane().lookupButton(saveButton).addEventFilter(ActionEvent.ACTION, e -> {
            try {
                PartialDate.parseOrNull(date.getText());
            } catch (IllegalArgumentException bad) {
                problem.setText("The date must be YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD: '" + date.getText().strip() + "' is not.");
                date.requestFocus();
                e.consume();
            }
        });
        d.setResultConverter(b -> b == saveButton ? edited(m) : null);
        d.setOnHidden(e -> {
            if (d.getResult() != null) {
                save.accept(d.getResult());
            }
        });
        d.setOnShown(e -> title.requestFocus());
        d.show();
    }

    private Edited edited(DocumentMeta m) {
        Map<String, String> extra = new TreeMap<>();
        for (String line : fields.getText().split("\n")) {
            int colon = line.indexOf(':');
            String name = colon < 0 ? line.strip() : line.substring(0, colon).strip();
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            if (!name.isEmpty() && !value.isEmpty()) {
                extra.put(name, value);
            }
        }
        DocumentMeta meta = new DocumentMeta(title.getText(), source.getText(), author.getText(), url.getText(),
                PartialDate.parseOrNull(date.getText()), place.getText(), language.getText(), m.fileName(), m.fileSha256(),
                m.encoding(), extra);
        return new Edited(meta, memo.getText() == null || memo.getText().isBlank() ? "" : memo.getText().stripTrailing());
    }

    /** A labelled row of the form; the next row's index. */
    private static int row(GridPane grid, int row, String name, Node input) {
        Label l = new Label(name);
        l.setMinWidth(Region.USE_PREF_SIZE); // the names whole: the inputs take what is left
        l.setLabelFor(input);
        grid.addRow(row, l, input);
        GridPane.setHgrow(input, Priority.ALWAYS);
        return row + 1;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
