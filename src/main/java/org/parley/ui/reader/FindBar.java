package org.parley.ui.reader;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.parley.core.text.TextSearch;

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
        Label find = new Label("Find");
        find.setMinWidth(Region.USE_PREF_SIZE);
        result.setMinWidth(Region.USE_PREF_SIZE); // "not found" whole, never "not fo…"
        getChildren().addAll(find, query, result, close);
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

    /**
     * Finds the next (1) or previous (-1) match from the caret, wrapping around: any case, any run of white space
     * (a hard line break too) for a space, straight and curly quotes alike ({@link TextSearch}).
     */
    public boolean find(int direction) {
        var search = TextSearch.forWords(query.getText());
        if (search.isEmpty()) {
            return false;
        }
        String text = reader.documentText();
        int[] sel = reader.selectionInText();
        var found = direction > 0 ? search.get().next(text, sel[1]) : search.get().previous(text, sel[0]);
        if (found.isEmpty()) {
            result.setText("not found");
            return false;
        }
        result.setText("");
        reader.selectRange(found.get().start(), found.get().end());
        return true;
    }
}
