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
 * dimension's keys act only while it has focus and its field is empty (key mode), so keys of different
 * dimensions never clash and typed text is never taken for keys. Escape closes an open list of codes, or
 * goes back to the text.
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
    private final CodeMaking making;
    private Runnable onDone = () -> { };
    private ScrollPane scroll;
    private String shownUuid;

    public CodingPanel(Workspace workspace) {
        this.workspace = workspace;
        this.making = new CodeMaking(workspace);
        createView();
        bind();
    }

    private void createView() {
        setId("coding-panel");
        getStyleClass().add("coding-panel");
        setSpacing(10);
        setPadding(new Insets(10, 4, 4, 10));
        quote.setWrapText(true);
        status.setId("claim-status");
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
        scroll = new ScrollPane(content);
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
                if (fields.stream().anyMatch(DimensionField::closeChoices)) {
                    e.consume(); // the first Escape closes the list of codes, the next leaves the panel
                    return;
                }
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
        String focused = fields.stream().filter(f -> f.field().isFocused()).map(f -> f.dimension().name()).findFirst().orElse(null);
        fields.forEach(DimensionField::closeChoices);
        fields.clear();
        dimensions.getChildren().clear();
        if (book == null) {
            return;
        }
        making.refresh();
        for (Dimension d : book.dimensions()) {
            DimensionField f = new DimensionField(workspace, book, d, making);
            fields.add(f);
            dimensions.getChildren().add(f);
            if (d.name().equals(focused)) {
                f.field().requestFocus(); // a new codebook (a code just created) keeps the coder where they were
            }
        }
        show(workspace.selectedProperty().get());
    }

    private void show(Annotation a) {
        fields.forEach(f -> f.show(a));
        memo.setDisable(a == null);
        accept.setDisable(a == null);
        reject.setDisable(a == null);
        if (a == null) {
            shownUuid = null;
            quote.setText("No claim selected. Select text and press Enter to make one.");
            memo.clear();
            status.setText("");
            return;
        }
        if (!a.uuid().equals(shownUuid)) {
            scroll.setVvalue(0); // another claim: start at its first dimension
        }
        shownUuid = a.uuid();
        quote.setText("“" + (a.quote().length() > 300 ? a.quote().substring(0, 300) + "…" : a.quote()) + "”");
        if (!memo.isFocused()) {
            memo.setText(a.memo());
        }
        status.setText(a.status().word() + " · coded by " + a.coder());
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
