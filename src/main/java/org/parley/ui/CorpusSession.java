package org.parley.ui;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.parley.core.config.Settings;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.session.CorpusOpener;
import org.parley.core.session.DocumentList;
import org.parley.core.session.DocumentReading;
import org.parley.core.session.OpenCorpus;
import org.parley.ui.coding.ClaimList;
import org.parley.ui.coding.CodingPanel;
import org.parley.ui.coding.Workspace;
import org.parley.ui.corpus.CorpusBrowser;
import org.parley.ui.reader.FindBar;
import org.parley.ui.reader.ReaderView;

/**
 * One open corpus in the window: browser, reader, coding panel, claim list and status bar wired to one
 * {@link Workspace} over the {@link OpenCorpus} (its only door to the corpus). Remembers the open document and
 * position in the settings, per corpus file, as the coder moves.
 */
public final class CorpusSession {

    private final Workspace workspace;
    private final Settings settings;
    private final CorpusBrowser browser;
    private final ReaderView reader;
    private final CodingPanel coding;
    private final ClaimList claimList;
    private final FindBar find;
    private final DocumentMenu documents;
    private final BorderPane root = new BorderPane();
    private SplitPane main;
    private SplitPane side;
    private boolean countCheckPending;
    private int countShown = -1;
    /** Set once the corpus is closed: answers still arriving for the window ask it for nothing more. */
    private boolean closed;

    public CorpusSession(CorpusOpener.Opened opened, String coder, Settings settings) {
        this.settings = settings;
        this.workspace = new Workspace(opened.corpus(), coder, opened.codebook());
        this.reader = new ReaderView(workspace);
        this.browser = new CorpusBrowser(new DocumentList(opened.corpus()), this::openDocument);
        browser.remember(settings);
        this.coding = new CodingPanel(workspace);
        this.claimList = new ClaimList(workspace, reader::reveal);
        this.find = new FindBar(reader);
        this.documents = new DocumentMenu(root, workspace, browser, this::openDocument);
        createView();
        bind();
    }

    private void createView() {
        BorderPane centre = new BorderPane(reader);
        centre.setTop(find);
        BorderPane claims = new BorderPane(claimList);
        claims.setTop(new org.parley.ui.coding.ColourLegend(workspace));
        SplitPane right = new SplitPane(coding, claims);
        side = right;
        right.setOrientation(javafx.geometry.Orientation.VERTICAL);
        right.setDividerPositions(0.68);
        main = new SplitPane(browser, centre, right);
        main.setDividerPositions(0.27, 0.73);
        SplitPane.setResizableWithParent(browser, false);
        root.setCenter(main);
        root.setBottom(new StatusBar(workspace, browser.listedProperty()));
    }

    private void bind() {
        reader.onClaimMade(coding::focusFirst);
        coding.onDone(reader::focusKeepingView);
        workspace.onProblem(m -> new Alerts(root).error("Parley", m));
        reader.area().caretPositionProperty().addListener((o, was, now) -> rememberPosition());
        // the list read while saving was halted showed the disk as it was: list again once the kept saves are stored
        workspace.save().stateProperty().addListener((o, was, now) -> {
            if (!closed && was == org.parley.ui.common.SaveState.State.NOT_SAVED && now != was) {
                browser.reload();
            }
        });
        // the browser's claim count and status follow the open document's claims
        workspace.claims().addListener((javafx.beans.Observable o) -> {
            if (!countCheckPending) {
                countCheckPending = true;
                Platform.runLater(() -> {
                    countCheckPending = false;
                    if (!closed && workspace.claims().size() != countShown) {
                        countShown = workspace.claims().size();
                        browser.reload();
                    }
                });
            }
        });
    }

    public void openDocument(long id) {
        openDocument(id, 0);
    }

    /** Opens a document and puts the caret at a UTF-16 position (clamped to the text). */
    public void openDocument(long id, int position) {
        workspace.open(id, () -> {
            browser.showing(id);
            int at = reader.moveToText(position);
            settings.placeIn(file(), new org.parley.core.config.Place(id, at));
            settings.saveSoon();
        });
    }

    private void rememberPosition() {
        if (workspace.documentProperty().get() != null) {
            settings.placeIn(file(), new org.parley.core.config.Place(workspace.documentProperty().get().id(), reader.caretInText()));
            settings.saveSoon();
        }
    }

    /**
     * Leaves the coding panel and the claim list out of the window's first frame and puts them in right
     * after it (FirstPaint's rule for a frame on screen): styling and laying them out took about
     * 0.3 s of every start, while the list and the text are what a coder looks at first.
     */
    void sidePaneAfterFirstFrame() {
        int slot = main.getItems().indexOf(side);
        double[] dividers = main.getDividerPositions();
        main.getItems().set(slot, new javafx.scene.layout.StackPane());
        main.setDividerPositions(dividers);
        FirstPaint.afterFirstFrame(() -> {
            main.getItems().set(slot, side);
            main.setDividerPositions(dividers);
        });
    }

    /** Reopens the document and position the coder left in this corpus, else the first document (read off the FX thread). */
    public void resume() {
        long doc = settings.placeIn(file()).map(org.parley.core.config.Place::document).orElse(-1L);
        int pos = settings.placeIn(file()).map(org.parley.core.config.Place::position).orElse(0);
        Runnable first = () -> browser.whenListed(() -> {
            if (browser.size() > 0 && workspace.documentProperty().get() == null) {
                browser.step(1);
            }
        });
        if (doc > 0) {
            new DocumentReading(workspace.corpus()).exists(doc, there -> {
                if (there) {
                    openDocument(doc, pos);
                } else {
                    first.run();
                }
            }, e -> first.run());
        } else {
            first.run();
        }
        Platform.runLater(() -> reader.area().requestFocus());
    }

    // ---- actions the menus call ----

    void makeClaim() {
        reader.makeClaim();
    }

    void nextClaim(int direction) {
        workspace.step(direction).ifPresent(reader::reveal);
    }

    void nextDocument(int direction) {
        browser.step(direction);
    }

    void trashClaim() {
        workspace.trashSelected();
    }

    void setStatus(AnnotationStatus s) {
        workspace.setStatus(s);
    }

    void moveEdge(boolean start, int direction) {
        workspace.moveEdge(start, direction);
        Annotation a = workspace.selectedProperty().get();
        if (a != null) {
            reader.reveal(a);
        }
    }

    void codeClaim() {
        if (workspace.selectedProperty().get() != null) {
            coding.focusFirst();
        }
    }

    void find() {
        find.open();
    }

    void filterDocuments() {
        browser.focusFilter();
    }

    void refreshList() {
        browser.reload();
    }

    void zoom(double factor) {
        reader.zoom(factor);
    }

    void restoreFromTrash() {
        new TrashDialog(root, workspace).show();
    }

    /** The Document menu's actions: details and memo, trash and restore, the corpus memo. */
    DocumentMenu documents() {
        return documents;
    }

    private java.nio.file.Path file() {
        return workspace.corpus().file();
    }

    public Workspace workspace() {
        return workspace;
    }

    public ReaderView reader() {
        return reader;
    }

    public CorpusBrowser browser() {
        return browser;
    }

    public Parent root() {
        return root;
    }

    /** The corpus open in this session (the window's door to it). */
    public OpenCorpus corpus() {
        return workspace.corpus();
    }

    /**
     * Closes the corpus (the window is closing or another corpus opens): running jobs are cancelled, the saves
     * still queued are stored first; the window has asked about kept ones before.
     */
    public void close() {
        closed = true;
        settings.save();
        workspace.corpus().close(java.time.Duration.ofSeconds(30));
    }
}
