package org.parley.ui;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.parley.core.model.AnnotationStatus;

/** Every action of the window, each in a menu with its shortcut (the F1 sheet is read from these menus). */
final class Menus {
    private final MainWindow window;

    Menus(MainWindow window) {
        this.window = window;
    }

    MenuBar build() {
        MenuBar bar = new MenuBar(
                new Menu("_File", null,
                        item("New corpus…", "Shortcut+N", window::newCorpus),
                        item("Open corpus…", "Shortcut+O", window::openCorpus),
                        window.recentMenu(),
                        new SeparatorMenuItem(),
                        item("Import files…", "Shortcut+I", window::importFiles),
                        item("Import folder…", "Shortcut+Shift+I", window::importFolder),
                        item("Paste text as new document", "Shortcut+Shift+V", window::pasteDocument),
                        new SeparatorMenuItem(),
                        item("Export…", "Shortcut+E", window::export),
                        new SeparatorMenuItem(),
                        item("Backup now…", "Shortcut+B", window::backup),
                        item("Restore from backup…", "Shortcut+Shift+B", window::restoreFromBackup),
                        item("Retry saving", "Shortcut+S", () -> window.session().workspace().save().retry()),
                        item("Coder…", null, window::switchCoder),
                        new SeparatorMenuItem(),
                        item("Quit", "Shortcut+Q", window::quit)),
                new Menu("_Edit", null,
                        item("Undo", "Shortcut+Z", () -> window.session().workspace().undo()),
                        item("Redo", "Shortcut+Shift+Z", () -> window.session().workspace().redo()),
                        new SeparatorMenuItem(),
                        item("Find in document", "Shortcut+F", () -> window.session().find()),
                        item("Filter documents", "Shortcut+L", () -> window.session().filterDocuments()),
                        new SeparatorMenuItem(),
                        selectMenu()),
                new Menu("_Document", null,
                        item("Details and memo…", "F4", () -> window.session().documents().details()),
                        item("Move document to the trash (with its claims)", "Shortcut+Shift+Delete", () -> window.session().documents().trashOpen()),
                        item("Restore a document from the trash…", null, () -> window.session().documents().restoreFromTrash()),
                        new SeparatorMenuItem(),
                        item("Corpus memo (your journal)…", "Shortcut+J", () -> window.session().documents().corpusMemo())),
                new Menu("_Claim", null,
                        item("Make claim from selection (or Enter in the text)", "Shortcut+Enter", () -> window.session().makeClaim()),
                        item("Code the claim (Tab between dimensions, Esc back to text)", "F2", () -> window.session().codeClaim()),
                        item("Accept", "Shortcut+Shift+A", () -> window.session().setStatus(AnnotationStatus.ACCEPTED)),
                        item("Reject", "Shortcut+Shift+R", () -> window.session().setStatus(AnnotationStatus.REJECTED)),
                        new SeparatorMenuItem(),
                        item("Move start left", "Alt+Left", () -> window.session().moveEdge(true, -1)),
                        item("Move start right", "Alt+Right", () -> window.session().moveEdge(true, 1)),
                        item("Move end left", "Alt+Shift+Left", () -> window.session().moveEdge(false, -1)),
                        item("Move end right", "Alt+Shift+Right", () -> window.session().moveEdge(false, 1)),
                        snapToWords(),
                        new SeparatorMenuItem(),
                        item("Next claim", "Alt+Down", () -> window.session().nextClaim(1)),
                        item("Previous claim", "Alt+Up", () -> window.session().nextClaim(-1)),
                        new SeparatorMenuItem(),
                        item("Move claim to the trash (or Delete in the text)", "Shortcut+Delete", () -> window.session().trashClaim()),
                        item("Restore from the trash…", "Shortcut+Shift+T", () -> window.session().restoreFromTrash())),
                new Menu("C_odebook", null,
                        item("Edit codebook…", "Shortcut+K", window::editCodebook),
                        item("Import codebook (merge)…", null, window::importCodebook),
                        item("Export codebook…", null, window::exportCodebook),
                        new SeparatorMenuItem(),
                        lockCodebook()),
                new Menu("_View", null,
                        item("Next document", "Shortcut+Page_Down", () -> window.session().nextDocument(1)),
                        item("Previous document", "Shortcut+Page_Up", () -> window.session().nextDocument(-1)),
                        item("Refresh document list", "F5", () -> window.session().refreshList()),
                        new SeparatorMenuItem(),
                        item("Zoom in", "Shortcut+Equals", () -> window.session().zoom(1.15)),
                        item("Zoom out", "Shortcut+Minus", () -> window.session().zoom(1 / 1.15)),
                        item("Actual size", "Shortcut+Digit0", () -> window.session().zoom(0)),
                        window.colourMenu(),
                        window.coderViewMenu(),
                        darkTheme()),
                new Menu("_Help", null,
                        item("Keyboard shortcuts", "F1", window::showShortcuts),
                        item("Open log folder", null, window::openLogFolder),
                        item("Code your first claim (guide)", null,
                                () -> FirstRunGuide.show(window.root().getScene().getWindow(), () -> { }))));
        bar.setId("menu-bar");
        return bar;
    }

    /** Edit > Select: by sentence, clause, quotation or paragraph, and growing or shrinking by one. */
    private Menu selectMenu() {
        Menu select = new Menu("Select");
        for (var unit : org.parley.core.text.TextUnits.Unit.values()) {
            String key = switch (unit) {
                case SENTENCE -> "Shortcut+Shift+S";
                case CLAUSE -> "Shortcut+Shift+C";
                case QUOTATION -> "Shortcut+Shift+Q";
                case PARAGRAPH -> "Shortcut+Shift+P";
            };
            select.getItems().add(item("Select " + unit.word() + " (again: add the next)", key,
                    () -> window.session().reader().selectUnit(unit)));
        }
        select.getItems().addAll(new SeparatorMenuItem(),
                item("Grow selection by one", "Shortcut+Shift+Up", () -> window.session().reader().growSelection(1)),
                item("Shrink selection by one", "Shortcut+Shift+Down", () -> window.session().reader().growSelection(-1)));
        return select;
    }

    /** Codebook > Lock against new codes: no code can be created while coding (a lead's choice; audited). */
    private CheckMenuItem lockCodebook() {
        CheckMenuItem lock = new CheckMenuItem("Lock against new codes while coding");
        lock.setId("lock-codebook");
        lock.setOnAction(e -> {
            var session = window.session();
            new org.parley.core.session.CodebookLocking(session.corpus()).lock(lock.isSelected(), window.coder(), changed -> { });
        });
        // the check mark follows the corpus each time the Codebook menu opens
        lock.parentMenuProperty().addListener((o, was, menu) -> {
            if (menu != null) {
                menu.setOnShowing(x -> new org.parley.core.session.CodebookLocking(window.session().corpus())
                        .locked(lock::setSelected, err -> { }));
            }
        });
        return lock;
    }

    private CheckMenuItem snapToWords() {
        CheckMenuItem snap = new CheckMenuItem("Snap claim edges to whole words");
        snap.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+W"));
        snap.setSelected(true);
        snap.selectedProperty().addListener((o, was, now) -> window.session().workspace().snapToWordsProperty().set(now));
        return snap;
    }

    private CheckMenuItem darkTheme() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        dark.setSelected(window.isDark());
        dark.selectedProperty().addListener((o, was, now) -> window.theme(now));
        return dark;
    }

    static MenuItem item(String text, String shortcut, Runnable action) {
        MenuItem m = new MenuItem(text);
        if (shortcut != null) {
            m.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        m.setOnAction(e -> action.run());
        return m;
    }
}
