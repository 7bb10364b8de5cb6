package org.parley.ui.reader;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.geometry.Point2D;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.parley.core.model.Annotation;
import org.parley.core.model.Document;
import org.parley.core.text.Offsets;
import org.parley.ui.coding.Workspace;

/**
 * The document as the coder reads it: read-only text with every claim highlighted in the colour of
 * the chosen dimension. Highlights are computed off the FX thread and applied when ready; a result
 * for a document or state that has since changed is dropped. Enter makes the selection a claim.
 */
public final class ReaderView extends BorderPane {
    public static final double BASE_FONT = 15;

    private final Workspace workspace;
    private final InlineCssTextArea area = new InlineCssTextArea();
    private final Tooltip tip = new Tooltip();
    private long generation;
    /** The text as shown: long paragraphs cut into pieces (positions cross it both ways). */
    private DisplayText display = DisplayText.of("");
    private boolean repaintPending;
    /** The highlights the area shows now (null when it shows new text without any). */
    private StyleSpans<String> applied;
    private double zoom = 1.0;
    private Runnable onClaimMade = () -> { };
    private Runnable onPainted = () -> { };

    private final UnitSelection units = new UnitSelection(this);

    public ReaderView(Workspace workspace) {
        this.workspace = workspace;
        createView();
        bind();
    }

    private void createView() {
        area.setId("reader");
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("reader");
        area.setShowCaret(org.fxmisc.richtext.Caret.CaretVisibility.ON);
        area.setPadding(new javafx.geometry.Insets(12, 18, 12, 18));
        applyZoom();
        setCenter(new VirtualizedScrollPane<>(area));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
    }

    private void bind() {
        workspace.documentProperty().addListener((o, was, now) -> {
            if (was != null && now != null && was.id() == now.id() && was.text().equals(now.text())) {
                return; // only its details changed: the text, caret and highlights stay
            }
            show(now);
        });
        workspace.claims().addListener((javafx.collections.ListChangeListener<Annotation>) c -> {
            if (changesLook(c)) {
                repaint();
            }
        });
        workspace.selectedProperty().addListener((o, was, now) -> {
            // a saved claim comes back as a new record of the same claim: nothing to repaint for that
            if (!sameLook(was, now)) {
                repaint();
            }
        });
        workspace.colourDimensionProperty().addListener((Observable o) -> repaint());
        area.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && area.getSelection().getLength() == 0) {
                workspace.claimAt(display.toText(area.getCaretPosition())).ifPresent(workspace::select);
            }
        });
        area.setMouseOverTextDelay(Duration.ofMillis(350));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            String text = describeAt(display.toText(e.getCharacterIndex()));
            if (!text.isEmpty()) {
                tip.setText(text);
                Point2D p = e.getScreenPosition();
                tip.show(area, p.getX() + 8, p.getY() + 14);
            }
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> tip.hide());
    }

    /** False when the change only replaced claims by copies that look the same (the store confirming an id). */
    private static boolean sameLook(Annotation was, Annotation now) {
        return was == now || was != null && now != null && was.uuid().equals(now.uuid()) && was.span().equals(now.span())
                && was.codes().equals(now.codes());
    }

    private static boolean changesLook(javafx.collections.ListChangeListener.Change<? extends Annotation> c) {
        while (c.next()) {
            if (!c.wasReplaced() || c.getRemovedSize() != c.getAddedSize()) {
                return true;
            }
            for (int i = 0; i < c.getAddedSize(); i++) {
                Annotation was = c.getRemoved().get(i);
                Annotation now = c.getAddedSubList().get(i);
                if (!was.uuid().equals(now.uuid()) || !was.span().equals(now.span()) || !was.codes().equals(now.codes())) {
                    return true;
                }
            }
        }
        return false;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
            makeClaim();
            e.consume();
        } else if (e.getCode() == KeyCode.C && e.isShortcutDown() && area.getSelection().getLength() > 0) {
            // copy the document's own text, without the breaks the reader adds to long paragraphs
            int[] sel = selectionInText();
            javafx.scene.input.ClipboardContent content = new javafx.scene.input.ClipboardContent();
            content.putString(documentText().substring(sel[0], sel[1]));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            e.consume();
        } else if (e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown() && (e.getCode() == KeyCode.HOME || e.getCode() == KeyCode.END)) {
            area.moveTo(e.getCode() == KeyCode.HOME ? 0 : area.getLength());
            followCaret(); // the first Ctrl+End of a long document once landed mid-way
            e.consume();
        } else if (e.isShortcutDown() && e.isShiftDown() && !e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            // the text area would extend the selection to a paragraph's edge: here it grows or shrinks by a unit
            growSelection(e.getCode() == KeyCode.UP ? 1 : -1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()) {
            workspace.trashSelected(); // the text cannot change, so Delete here means the selected claim
            e.consume();
        }
    }

    /** Selects the sentence, clause, quotation or paragraph around the caret (again: grows by the next one). */
    public void selectUnit(org.parley.core.text.TextUnits.Unit unit) {
        units.select(workspace.documentProperty().get(), unit);
    }

    /** Grows (1) or shrinks (-1) the selection by one unit of the kind chosen last. */
    public void growSelection(int direction) {
        units.step(workspace.documentProperty().get(), direction);
    }

    /** Makes the selected text a claim; answers whether one was made. */
    public boolean makeClaim() {
        var sel = area.getSelection();
        if (sel.getLength() == 0) {
            return false;
        }
        boolean made = workspace.makeClaim(display.toText(sel.getStart()), display.toText(sel.getEnd())).isPresent();
        if (made) {
            area.deselect();
            followCaret(); // the new claim stays in view
            onClaimMade.run();
        }
        return made;
    }

    /** Called each time highlights are applied (the bench waits for it). */
    public void onPainted(Runnable r) {
        onPainted = r;
    }

    public void onClaimMade(Runnable r) {
        onClaimMade = r;
    }

    /** The codes of the claims under a UTF-16 position, one line each. */
    String describeAt(int utf16) {
        if (workspace.documentProperty().get() == null || utf16 >= workspace.offsets().utf16Length()) {
            return "";
        }
        int cp = workspace.offsets().toCodePoint(utf16);
        return workspace.claims().stream().filter(c -> c.start() <= cp && cp < c.end())
                .map(ReaderView::describe).collect(Collectors.joining("\n"));
    }

    static String describe(Annotation a) {
        String codes = a.codes().entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
        return "#" + a.id() + " " + (codes.isEmpty() ? "(no codes yet)" : codes)
                + (a.memo().isEmpty() ? "" : "\nMemo: " + a.memo()) + "  [" + a.status().word() + "]";
    }

    private void show(Document d) {
        generation++;
        if (d == null) {
            display = DisplayText.of("");
            area.replaceText("");
            applied = null;
            return;
        }
        display = DisplayText.of(d.text());
        area.replaceText(display.text());
        applied = null;
        alignRightToLeft();
        area.moveTo(0);
        area.requestFollowCaret();
        repaint();
    }

    /**
     * Scrolls so the caret shows, now and again after the next two frames: in a long document RichTextFX places
     * paragraphs it has not laid out yet by an estimate of their height, so one request can land mid-document.
     */
    void followCaret() {
        area.requestFollowCaret();
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                area.requestFollowCaret();
                if (++frames >= 2) {
                    stop();
                }
            }
        }.start();
    }

    /** Gives the text the keyboard without moving the view (back from the coding panel with Esc). */
    public void focusKeepingView() {
        double y = area.getEstimatedScrollY();
        area.requestFocus();
        area.estimatedScrollYProperty().setValue(y);
        javafx.application.Platform.runLater(() -> area.estimatedScrollYProperty().setValue(y));
    }

    /**
     * Paragraphs whose first strong character is right-to-left (Arabic, Hebrew, Persian) are aligned
     * right. JavaFX shapes and orders the characters of such a paragraph itself; RichTextFX does not
     * mirror the caret's arrow-key movement, so keyboard selection in RTL text moves in logical order.
     */
    private void alignRightToLeft() {
        String all = area.getText();
        boolean anyRtl = java.text.Bidi.requiresBidi(all.toCharArray(), 0, all.length());
        for (int i = 0; i < area.getParagraphs().size(); i++) {
            String p = anyRtl ? area.getParagraph(i).getText() : "";
            boolean rtl = !p.isEmpty() && java.text.Bidi.requiresBidi(p.toCharArray(), 0, p.length())
                    && !new java.text.Bidi(p, java.text.Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
            // set every paragraph: new text inherits the paragraph style of the text it replaced
            String style = rtl ? "-fx-text-alignment: right;" : "";
            if (!style.equals(area.getParagraph(i).getParagraphStyle())) {
                area.setParagraphStyle(i, style);
            }
        }
    }

    /**
     * Recomputes the highlights in the background and applies them if nothing changed meanwhile; several
     * changes in one event (a claim added and selected) make one repaint.
     */
    public void repaint() {
        if (!repaintPending) {
            repaintPending = true;
            javafx.application.Platform.runLater(() -> {
                repaintPending = false;
                repaintNow();
            });
        }
    }

    private void repaintNow() {
        Document d = workspace.documentProperty().get();
        if (d == null) {
            return;
        }
        long mine = ++generation;
        Offsets offsets = workspace.offsets();
        DisplayText shown = display;
        List<Annotation> claims = List.copyOf(workspace.claims());
        Annotation sel = workspace.selectedProperty().get();
        String selectedUuid = sel == null ? null : sel.uuid();
        // colours are worked out with the spans, off the FX thread: 10,000 claims took it up to 20 ms
        java.util.function.Function<Annotation, String> colouring = workspace.colouring();
        org.parley.ui.common.Computing.compute("highlight claims",
                () -> shown.spans(Highlights.compute(offsets, claims, colouring, selectedUuid)),
                (StyleSpans<String> spans) -> {
                    if (mine == generation && shown == display && area.getLength() == shown.text().length()) {
                        boolean plain = applied == null && spans.getSpanCount() == 1 && spans.getStyleSpan(0).getStyle().isEmpty();
                        // fresh text is unstyled already: a document without claims needs no styling pass
                        int[] range = plain ? null : Highlights.changed(applied, spans);
                        if (range != null) {
                            area.setStyleSpans(range[0], spans.subView(range[0], range[1]));
                        }
                        applied = spans;
                        onPainted.run();
                    }
                });
    }

    /** Scrolls to a claim and puts the caret at its start. */
    public void reveal(Annotation a) {
        Offsets o = workspace.offsets();
        if (a.end() > o.codePointLength()) {
            return;
        }
        int s = o.toUtf16(a.start());
        area.moveTo(display.toDisplay(s));
        area.requestFollowCaret();
    }

    /** Selects text (UTF-16 range of the document), e.g. a find result, and scrolls to it. */
    public void selectRange(int start, int end) {
        area.selectRange(display.toDisplay(start), display.toDisplay(end));
        followCaret();
    }

    /** The selection as a UTF-16 range of the document's text. */
    public int[] selectionInText() {
        var sel = area.getSelection();
        return new int[] {display.toText(sel.getStart()), display.toText(sel.getEnd())};
    }

    /** The caret as a UTF-16 position in the document's text (what the settings remember). */
    public int caretInText() {
        return display.toText(area.getCaretPosition());
    }

    /** Puts the caret at a UTF-16 position of the document's text (clamped) and scrolls to it. */
    public int moveToText(int position) {
        Document d = workspace.documentProperty().get();
        int at = Math.max(0, Math.min(position, d == null ? 0 : d.text().length()));
        area.moveTo(display.toDisplay(at));
        followCaret();
        return at;
    }

    public void zoom(double factor) {
        zoom = factor == 0 ? 1.0 : Math.max(0.6, Math.min(3.0, zoom * factor));
        applyZoom();
    }

    private void applyZoom() {
        area.setStyle("-fx-font-size: " + Math.round(BASE_FONT * zoom) + "px;");
    }

    /** The open document's text (as stored, without the reader's added breaks). */
    public String documentText() {
        Document d = workspace.documentProperty().get();
        return d == null ? "" : d.text();
    }

    public InlineCssTextArea area() {
        return area;
    }
}
