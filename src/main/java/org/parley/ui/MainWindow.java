package org.parley.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.parley.core.backup.AutomaticBackups;
import org.parley.core.config.Settings;
import org.parley.core.model.Dimension;
import org.parley.core.session.CorpusOpener;
import org.parley.core.session.OpenCorpus;
import org.parley.ui.coding.Workspace;
import org.parley.ui.common.SaveState;
import org.parley.ui.export.ExportDialog;
import org.parley.ui.export.ExportViewModel;

/**
 * The window: menus over one {@link CorpusSession}. Opening another corpus replaces the session (the
 * old one finishes its writes and closes first; when saves are kept unsaved the coder is asked). Keeps the last
 * corpus, recent corpora and theme, and takes the day's automatic backup of each corpus it opens. It reaches the
 * corpus only through the session's {@link OpenCorpus} and the core classes on it.
 */
public final class MainWindow {

    private final Stage stage;
    private final Settings settings;
    /** Who codes in this window: every claim and change records it (File > Coder… changes it). */
    private String coder;
    private final BorderPane root = new BorderPane();
    private final Menu recent = new Menu("Recent corpora");
    private final Menu colour = new Menu("Colour claims by");
    private final Menu coderView = new Menu("Show claims of");
    private final CorpusFiles files;
    private final AutomaticBackups backups;
    private CorpusSession session;
    /** The last export dialog opened (tests reach it here). */
    private ExportDialog exportDialog;

    /** A window that takes and lists no automatic backups, as tests that do not look at them open it. */
    public MainWindow(Stage stage, Settings settings, String coder, CorpusOpener.Opened corpus) {
        this(stage, settings, coder, corpus, null);
    }

    /** {@code backups}: where and how the automatic backups are kept (null: none are taken). */
    public MainWindow(Stage stage, Settings settings, String coder, CorpusOpener.Opened corpus, AutomaticBackups backups) {
        this.stage = stage;
        this.settings = settings;
        this.coder = coder;
        this.backups = backups != null ? backups : AutomaticBackups.none();
        this.files = new CorpusFiles(this);
        theme(isDark());
        buildCoderViewMenu();
        root.setTop(new Menus(this).build());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1400, screen.getWidth()), Math.min(860, screen.getHeight()));
        scene.getStylesheets().add(getClass().getResource("/css/parley.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::claimKeysEverywhere);
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                files.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setScene(scene);
        for (int size : new int[] {32, 64, 128}) {
            var icon = getClass().getResourceAsStream("/icons/parley-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon));
            }
        }
        stage.setOnCloseRequest(e -> {
            if (!leaveSession()) {
                e.consume();
            }
        });
        show(corpus);
    }

    /**
     * Ctrl+Z / Ctrl+Shift+Z (undo, redo) and Ctrl+Delete (trash the claim) act on the coder's changes even
     * from the coding panel's fields, which would otherwise swallow them; only a field with typing of its
     * own to undo or delete keeps them.
     */
    private void claimKeysEverywhere(KeyEvent e) {
        if (session == null) {
            return; // the corpus is closed for a moment (a restore)
        }
        if (e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                && (e.getCode() == KeyCode.PAGE_DOWN || e.getCode() == KeyCode.PAGE_UP)) {
            // the text area would take these for paging: they are the next and previous document
            session.nextDocument(e.getCode() == KeyCode.PAGE_DOWN ? 1 : -1);
            e.consume();
            return;
        }
        boolean undoKey = e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isAltDown();
        boolean trashKey = e.getCode() == KeyCode.DELETE && e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown();
        if (!undoKey && !trashKey) {
            return;
        }
        if (stage.getScene().getFocusOwner() instanceof TextInputControl t) {
            boolean ownWork = trashKey ? !t.getText().isEmpty() : e.isShiftDown() ? t.isRedoable() : t.isUndoable();
            if (ownWork) {
                return;
            }
        }
        if (trashKey) {
            session.trashClaim();
        } else if (e.isShiftDown()) {
            session.workspace().redo();
        } else {
            session.workspace().undo();
        }
        e.consume();
    }

    /** Shows a corpus just opened in place of the one open (asking first when changes are kept unsaved). */
    void show(CorpusOpener.Opened opened) {
        if (!leaveSession()) {
            opened.corpus().close(); // the coder stays with the corpus whose changes are not saved
            return;
        }
        OpenCorpus corpus = opened.corpus();
        session = new CorpusSession(opened, coder, settings);
        root.setCenter(session.root());
        stage.setTitle("Parley — " + corpus.file().getFileName());
        remember(corpus.file());
        rebuildColourMenu();
        session.workspace().codebookProperty().addListener((o, was, now) -> rebuildColourMenu());
        session.resume();
        root.getTop().setDisable(false);
        files.dailyBackup();
        if (opened.notice() != null) {
            javafx.application.Platform.runLater(() -> new Alerts(root).info("Parley", opened.notice()));
        }
    }

    /**
     * File > Coder…: who is coding from now on. The name is kept in the settings (the CLI reads it too) and the
     * corpus is opened again under it, once its saves are on disk (asking first when some are kept).
     */
    void switchCoder() {
        javafx.scene.control.TextInputDialog ask = new javafx.scene.control.TextInputDialog(coder);
        ask.setTitle("Coder");
        ask.setHeaderText("Who is coding? Every claim and change from now on records this name.");
        ask.getDialogPane().setId("coder-name");
        if (root.getScene() != null) {
            ask.initOwner(root.getScene().getWindow());
        }
        ask.showAndWait().map(String::strip).filter(n -> !n.isEmpty() && !n.equals(coder)).ifPresent(this::codeAs);
    }

    /** Opens the corpus again with {@code name} as the coder (nothing changes when the coder stays with unsaved work). */
    void codeAs(String name) {
        if (session == null) {
            return;
        }
        java.nio.file.Path file = session.corpus().file();
        if (!leaveSession()) {
            return;
        }
        coder = name;
        settings.coderName(name);
        settings.saveSoon();
        files.open(file);
    }

    /** Says once, at start, that the settings file was damaged and kept aside (the app calls it after the first frame). */
    void tellSettingsProblem() {
        settings.problem().ifPresent(p -> new Alerts(root).error("Settings", p));
    }

    /** Closes the corpus and shows {@code doing} in its place, menus off, until {@link #show} opens one again. */
    boolean closeCorpus(String doing) {
        if (!leaveSession()) {
            return false;
        }
        root.getTop().setDisable(true);
        javafx.scene.control.Label label = new javafx.scene.control.Label(doing);
        label.setId("corpus-closed");
        root.setCenter(label);
        return true;
    }

    AutomaticBackups backups() {
        return backups;
    }

    /** File > Restore from backup…. */
    void restoreFromBackup() {
        files.showBackups();
    }

    /**
     * Closes the open corpus after its saves are on disk. When some are kept unsaved (saving stopped at a failure),
     * asks first: Retry (again until saved or the coder chooses otherwise), Discard the named count, or Cancel,
     * which keeps the corpus open and returns false.
     */
    /** How long leaving waits for saves still queued (a slow disk) before it asks. */
    private static final java.time.Duration SETTLE = java.time.Duration.ofSeconds(10);

    private boolean leaveSession() {
        if (session == null) {
            return true;
        }
        SaveState save = session.workspace().save();
        int kept = save.settle(SETTLE);
        while (kept > 0) {
            UnsavedChanges.Choice choice = UnsavedChanges.ask(root, kept, save.problem());
            if (choice == UnsavedChanges.Choice.CANCEL) {
                return false;
            }
            if (choice == UnsavedChanges.Choice.DISCARD) {
                save.discard();
                break;
            }
            save.retry();
            kept = save.settle(SETTLE);
        }
        session.close();
        session = null;
        return true;
    }

    private void remember(Path file) {
        settings.opened(file, 8);
        settings.saveSoon();
        recent.getItems().clear();
        for (Path p : settings.recentCorpora()) {
            recent.getItems().add(Menus.item(p.toString(), null, () -> files.open(p)));
        }
    }

    private void rebuildColourMenu() {
        colour.getItems().clear();
        ToggleGroup group = new ToggleGroup();
        for (Dimension d : session.workspace().codebookProperty().get().dimensions()) {
            if (!d.kind().takesCodes()) {
                continue;
            }
            RadioMenuItem item = new RadioMenuItem(d.name());
            item.setToggleGroup(group);
            item.setSelected(d.name().equals(session.workspace().colourDimensionProperty().get()));
            item.setOnAction(e -> session.workspace().colourDimensionProperty().set(d.name()));
            colour.getItems().add(item);
        }
    }

    boolean isDark() {
        return settings.darkTheme();
    }

    void theme(boolean dark) {
        Application.setUserAgentStylesheet(Theme.userAgentStylesheet(dark));
        root.getStyleClass().removeAll("dark", "light");
        root.getStyleClass().add(dark ? "dark" : "light");
        settings.darkTheme(dark);
        settings.saveSoon();
    }

    /**
     * Help > Open log folder: the folder of {@code parley.log} (in the data folder) in the system's file manager, to
     * send with a bug report; where no file manager can be started, the folder is named instead.
     */
    void openLogFolder() {
        Path folder = org.parley.core.config.Places.forThisUser().dataFolder().resolve("logs");
        if (!Files.isDirectory(folder)) {
            new Alerts(root).info("Log folder", "No log has been written yet: " + folder + " does not exist.");
            return;
        }
        if (!org.parley.ui.common.FolderOpener.supported()) {
            new Alerts(root).info("Log folder", "The log is kept in " + folder);
            return;
        }
        Thread opening = new Thread(() -> {
            try {
                org.parley.ui.common.FolderOpener.open(folder);
            } catch (java.io.IOException e) {
                javafx.application.Platform.runLater(() -> new Alerts(root).error("Log folder",
                        "Could not open " + folder + ": " + e.getMessage()));
            }
        }, "parley-open-folder");
        opening.setDaemon(true);
        opening.start();
    }

    void showShortcuts() {
        new ShortcutSheet(root).show();
    }

    /** Closes the window, asking first when changes are kept unsaved (see {@link #leaveSession}). */
    public void quit() {
        if (leaveSession()) {
            stage.close();
        }
    }

    Menu recentMenu() {
        return recent;
    }

    Menu coderViewMenu() {
        return coderView;
    }

    /** View > Show claims of: all coders, mine, or one coder's (the coders are read when the menu opens). */
    private void buildCoderViewMenu() {
        coderView.setOnShowing(e -> {
            if (session == null) {
                return;
            }
            var workspace = session.workspace();
            new org.parley.core.session.Coders(session.corpus()).names(names -> {
                coderView.getItems().clear();
                ToggleGroup group = new ToggleGroup();
                java.util.List<org.parley.core.coding.CoderView> views = new java.util.ArrayList<>(java.util.List.of(
                        org.parley.core.coding.CoderView.ALL, org.parley.core.coding.CoderView.mine(coder)));
                names.stream().filter(n -> !n.equals(coder)).forEach(n -> views.add(org.parley.core.coding.CoderView.of(n)));
                for (var view : views) {
                    RadioMenuItem item = new RadioMenuItem(view.words());
                    item.setToggleGroup(group);
                    item.setSelected(view.equals(workspace.coderViewProperty().get()));
                    item.setOnAction(x -> workspace.showClaimsOf(view));
                    coderView.getItems().add(item);
                }
            }, x -> { });
        });
        coderView.getItems().setAll(new MenuItem("(reading the coders…)"));
    }

    Menu colourMenu() {
        return colour;
    }

    void newCorpus() {
        FileChooser c = chooser("New corpus");
        c.setInitialFileName("corpus.parley");
        File f = c.showSaveDialog(stage);
        if (f != null) {
            files.create(f.toPath());
        }
    }

    void openCorpus() {
        File f = chooser("Open corpus").showOpenDialog(stage);
        if (f != null) {
            files.open(f.toPath());
        }
    }

    void importFiles() {
        FileChooser c = new FileChooser();
        c.setTitle("Import files");
        List<File> chosen = c.showOpenMultipleDialog(stage);
        if (chosen != null) {
            files.importPaths(chosen.stream().map(File::toPath).toList());
        }
    }

    void importFolder() {
        javafx.stage.DirectoryChooser c = new javafx.stage.DirectoryChooser();
        c.setTitle("Import folder");
        File f = c.showDialog(stage);
        if (f != null) {
            files.importPaths(List.of(f.toPath()));
        }
    }

    void pasteDocument() {
        files.paste();
    }

    void backup() {
        FileChooser c = chooser("Backup corpus to");
        c.setInitialFileName(session.corpus().file().getFileName().toString().replace(".parley", "")
                + "-backup-" + java.time.LocalDate.now() + ".parley");
        File f = c.showSaveDialog(stage);
        if (f != null) {
            files.backup(f.toPath());
        }
    }

    /** File > Export…: every export format, run in the background with progress and Cancel. */
    void export() {
        Workspace w = session.workspace();
        OpenCorpus corpus = session.corpus();
        List<String> labels = w.codebookProperty().get().dimensions().stream().filter(d -> d.kind().takesCodes()).map(Dimension::name).toList();
        org.parley.core.export.job.ExportJobs.coders(corpus, coders -> {
            exportDialog = new ExportDialog(new ExportViewModel(settings, corpus.file(), w.documentProperty().get(), coders, labels), corpus);
            exportDialog.show(stage);
        }, e -> new Alerts(root).error("Export", "Could not read the corpus's coders: " + e.getMessage()));
    }

    ExportDialog exportDialog() {
        return exportDialog;
    }

    void editCodebook() {
        new org.parley.ui.codebook.CodebookEditor(session.workspace(), settings).show(stage);
    }

    void importCodebook() {
        FileChooser c = new FileChooser();
        c.setTitle("Import codebook");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Codebook JSON", "*.json"));
        File f = c.showOpenDialog(stage);
        if (f != null) {
            files.importCodebook(f.toPath());
        }
    }

    void exportCodebook() {
        FileChooser c = new FileChooser();
        c.setTitle("Export codebook");
        c.setInitialFileName("codebook.json");
        File f = c.showSaveDialog(stage);
        if (f != null) {
            files.exportCodebook(f.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Parley corpus (*.parley)", "*.parley"));
        Path last = settings.lastCorpus().map(Path::getParent).orElse(null);
        if (last != null && Files.isDirectory(last)) {
            c.setInitialDirectory(last.toFile());
        }
        return c;
    }

    CorpusFiles files() {
        return files;
    }

    public CorpusSession session() {
        return session;
    }

    Stage stage() {
        return stage;
    }

    String coder() {
        return coder;
    }

    Settings settings() {
        return settings;
    }

    BorderPane root() {
        return root;
    }
}
