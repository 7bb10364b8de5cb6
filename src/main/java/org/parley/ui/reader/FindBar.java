package org.parley.ui.reader;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;

/** Find in the open document (Ctrl+F): Enter finds the next match, Shift+Enter the previous, Escape closes. */
public final class FindBar extends HBox {
    private final ReaderView reader;
    private final TextField query = new TextField();
    private final Label result = new Label();

    public FindBar(ReaderView reader) {
        this.reader = reader;
        setId("find-bar");
        setSpacing(8);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        query.setId("find-query");
        query.setPromptText("Find in document");
        query.setPrefColumnCount(24);
        Button close = new Button("✕");
        close.setFocusTraversable(false);
        close.setOnAction(e -> close());
        getChildren().addAll(new Label("Find"), query, result, close);
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close();
                e.consume();
            }
        });
        setVisible(false);
        setManaged(false);
    }

    public void open() {
        setVisible(true);
        setManaged(true);
        query.requestFocus();
        query.selectAll();
    }

    private void close() {
        setVisible(false);
        setManaged(false);
        reader.area().requestFocus();
    }

    /** Finds the next (1) or previous (-1) match from the caret, wrapping around, ignoring case. */
    public boolean find(int direction) {
        String q = query.getText();
        if (q.isEmpty()) {
            return false;
        }
        String text = reader.area().getText().toLowerCase(Locale.ROOT);
        String needle = q.toLowerCase(Locale.ROOT);
        var sel = reader.area().getSelection();
        int from = direction > 0 ? sel.getEnd() : sel.getStart() - 1;
        int at = direction > 0 ? text.indexOf(needle, from) : (from < 0 ? -1 : text.lastIndexOf(needle, from));
        if (at < 0) {
            at = direction > 0 ? text.indexOf(needle) : text.lastIndexOf(needle);
        }
        if (at < 0) {
            result.setText("not found");
            return false;
        }
        result.setText("");
        reader.selectRange(at, at + q.length());
        return true;
    }
}
