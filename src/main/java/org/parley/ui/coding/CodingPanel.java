package org.parley.ui.coding;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;

/**
 * The selected claim's codes, memo and status. Tab moves from one dimension to the next; each
 * dimension's keys act only while it has focus, so keys of different dimensions never clash.
 * Escape goes back to the text.
 */
public final class CodingPanel extends VBox {
    private final Workspace workspace;
    private final Label quote = new Label();
    private final VBox dimensions = new VBox(10);
    private final TextArea memo = new TextArea();
    private final Label status = new Label();
    private final Button accept = new Button("Accept");
    private final Button reject = new Button("Reject");
    private final List<DimensionField> fields = new ArrayList<>();
    private Runnable onDone = () -> { };

    public CodingPanel(Workspace workspace) {
        this.workspace = workspace;
        createView();
        bind();
    }

    private void createView() {
        setId("coding-panel");
        getStyleClass().add("coding-panel");
        setSpacing(10);
        setPadding(new Insets(10, 4, 4, 10));
        quote.setWrapText(true);
        quote.getStyleClass().add("claim-quote");
        memo.setId("memo");
        memo.setPromptText("Memo (kept when you leave the field)");
        memo.setPrefRowCount(3);
        memo.setWrapText(true);
        accept.setId("accept");
        reject.setId("reject");
        accept.setFocusTraversable(false);
        reject.setFocusTraversable(false);
        status.getStyleClass().add("claim-status");
        Label memoLabel = new Label("Memo");
        memoLabel.getStyleClass().add("dimension-name");
        VBox content = new VBox(10, quote, dimensions, memoLabel, memo, new HBox(8, accept, reject, status));
        content.setPadding(new Insets(0, 6, 6, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFocusTraversable(false);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        Label title = new Label("Claim");
        title.getStyleClass().add("panel-title");
        getChildren().addAll(title, scroll);
    }

    private void bind() {
        workspace.codebookProperty().addListener((o, was, now) -> rebuild(now));
        rebuild(workspace.codebookProperty().get());
        workspace.selectedProperty().addListener((o, was, now) -> show(now));
        accept.setOnAction(e -> workspace.setStatus(AnnotationStatus.ACCEPTED));
        reject.setOnAction(e -> workspace.setStatus(AnnotationStatus.REJECTED));
        memo.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                workspace.setMemo(memo.getText());
            }
        });
        memo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                workspace.setMemo(memo.getText());
                (e.isShiftDown() ? fields.isEmpty() ? memo : fields.get(fields.size() - 1).field() : fields.isEmpty() ? memo : fields.get(0).field()).requestFocus();
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                if (memo.isFocused()) {
                    workspace.setMemo(memo.getText());
                }
                onDone.run();
                e.consume();
            }
        });
        show(null);
    }

    private void rebuild(Codebook book) {
        fields.clear();
        dimensions.getChildren().clear();
        if (book == null) {
            return;
        }
        for (Dimension d : book.dimensions()) {
            DimensionField f = new DimensionField(workspace, book, d);
            fields.add(f);
            dimensions.getChildren().add(f);
        }
        show(workspace.selectedProperty().get());
    }

    private void show(Annotation a) {
        fields.forEach(f -> f.show(a));
        memo.setDisable(a == null);
        accept.setDisable(a == null);
        reject.setDisable(a == null);
        if (a == null) {
            quote.setText("No claim selected. Select text and press Enter to make one.");
            memo.clear();
            status.setText("");
            return;
        }
        quote.setText("“" + (a.quote().length() > 300 ? a.quote().substring(0, 300) + "…" : a.quote()) + "”");
        if (!memo.isFocused()) {
            memo.setText(a.memo());
        }
        status.setText(a.status().word());
    }

    /** Puts focus on the first dimension, ready for its keys. */
    public void focusFirst() {
        if (!fields.isEmpty()) {
            fields.get(0).field().requestFocus();
        }
    }

    /** Called when the coder presses Escape: the window puts focus back on the text. */
    public void onDone(Runnable r) {
        onDone = r;
    }
}
