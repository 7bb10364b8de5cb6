package org.parley.ui.corpus;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parley.core.session.DocumentList;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentSummary;

/**
 * The documents of the corpus: title, date, source, claim count and coding status, filtered by title
 * or source as the coder types and sorted by clicking a column (in SQL, so any size lists at once).
 */
public final class CorpusBrowser extends VBox {
    private final DocumentPages pages;
    private final TextField filter = new TextField();
    private final TableView<DocumentSummary> table;
    private final Label count = new Label();
    private final javafx.beans.property.ReadOnlyIntegerWrapper listed = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private long shown = -1;
    private boolean quiet;
    private boolean listedOnce;
    private final List<Runnable> whenListed = new java.util.ArrayList<>();

    public CorpusBrowser(DocumentList listing, LongConsumer open) {
        this.pages = new DocumentPages(listing);
        this.table = new TableView<>(pages);
        createView();
        pages.onListed(() -> quiet = true, () -> {
            quiet = false;
            reselect();
            updateCount();
            listedOnce = true;
            List<Runnable> waiting = List.copyOf(whenListed);
            whenListed.clear();
            waiting.forEach(Runnable::run);
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !quiet && now.id() != shown) {
                shown = now.id();
                open.accept(now.id());
            }
        });
        // a selected row whose page was still being read opens when the page arrives
        pages.addListener((javafx.collections.ListChangeListener<DocumentSummary>) c -> {
            if (quiet) {
                return;
            }
            int i = table.getSelectionModel().getSelectedIndex();
            if (i < 0 && shown >= 0) {
                // listed again: the open document is selected again once the page holding it arrives
                if (pages.indexOf(shown) >= 0) {
                    reselect();
                }
                return;
            }
            DocumentSummary now = i >= 0 && i < pages.size() ? pages.get(i) : null;
            if (now != null && !quiet && now.id() != shown) {
                shown = now.id();
                open.accept(now.id());
            }
        });
        filter.textProperty().addListener((o, was, now) -> reload());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !pages.isEmpty()) {
                    table.getSelectionModel().select(0);
                }
            }
        });
        updateCount();
    }

    private void createView() {
        setId("corpus-browser");
        setSpacing(6);
        setPadding(new Insets(8));
        filter.setId("document-filter");
        filter.setPromptText("Filter by title, source or words in the text");
        table.setId("documents");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setFixedCellSize(26);
        Label empty = new Label("No documents yet.\n\nImport files: Ctrl+I\nImport a folder: Ctrl+Shift+I\nPaste text: Ctrl+Shift+V\nor drop files on the window.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(12));
        table.setPlaceholder(empty);
        TableColumn<DocumentSummary, String> title = column("Title", DocumentListing.Sort.TITLE, d -> d.title() == null ? "(untitled)" : d.title(), 220);
        title.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null ? null : new javafx.scene.control.Tooltip(text)); // the whole title, however narrow the column
            }
        });
        table.getColumns().add(title);
        table.getColumns().add(column("Date", DocumentListing.Sort.DATE, d -> d.date() == null ? "" : d.date(), 80));
        table.getColumns().add(column("Source", DocumentListing.Sort.SOURCE, d -> d.source() == null ? "" : d.source(), 90));
        table.getColumns().add(column("Claims", DocumentListing.Sort.CLAIMS, d -> String.valueOf(d.claims()), 60));
        table.getColumns().add(column("Status", null, CorpusBrowser::status, 90));
        // shown on demand from the table's column chooser (the + at the header's right)
        for (TableColumn<DocumentSummary, String> more : List.of(
                column("Language", null, d -> d.language() == null ? "" : d.language(), 70),
                column("Place", null, d -> d.place() == null ? "" : d.place(), 90),
                column("File", null, d -> d.file() == null ? "" : d.file(), 140))) {
            more.setVisible(false);
            table.getColumns().add(more);
        }
        table.setTableMenuButtonVisible(true);
        table.setSortPolicy(t -> {
            DocumentListing.Sort sort = DocumentListing.Sort.ID;
            if (!t.getSortOrder().isEmpty()) {
                Object s = t.getSortOrder().get(0).getUserData();
                sort = s instanceof DocumentListing.Sort ds ? ds : DocumentListing.Sort.ID;
            }
            if (sort != pages.sort()) {
                pages.reload(filter.getText(), sort);
            }
            return true;
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        count.getStyleClass().add("muted");
        getChildren().addAll(filter, table, count);
    }

    private static TableColumn<DocumentSummary, String> column(String name, DocumentListing.Sort sort,
                                                               java.util.function.Function<DocumentSummary, String> value, double width) {
        TableColumn<DocumentSummary, String> c = new TableColumn<>(name);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null ? "" : value.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setUserData(sort);
        c.setSortable(sort != null);
        return c;
    }

    static String status(DocumentSummary d) {
        if (d.claims() == 0) {
            return "not coded";
        }
        if (d.suggested() > 0) {
            return d.suggested() + " to review";
        }
        return d.coded() == d.claims() ? "coded" : "in progress";
    }

    /** Lists again (read in the background), keeping the open document selected when it is still listed. */
    public void reload() {
        pages.reload(filter.getText(), pages.sort());
    }

    /** Whether the documents have been counted once since the browser was made (the first list is there). */
    public boolean listed() {
        return listedOnce;
    }

    /** Runs {@code then} once the documents have been counted (at once when they have been). */
    public void whenListed(Runnable then) {
        if (listedOnce) {
            then.run();
        } else {
            whenListed.add(then);
        }
    }

    private void reselect() {
        int i = pages.indexOf(shown);
        quiet = true;
        if (i >= 0) {
            table.getSelectionModel().select(i);
        } else {
            table.getSelectionModel().clearSelection();
        }
        quiet = false;
    }

    private void updateCount() {
        count.setText(pages.size() + (pages.size() == 1 ? " document" : " documents"));
        listed.set(pages.size());
    }

    /** How many documents the browser lists (after the filter). */
    public javafx.beans.property.ReadOnlyIntegerProperty listedProperty() {
        return listed.getReadOnlyProperty();
    }

    /** Marks the document open in the reader (without opening it again). */
    public void showing(long documentId) {
        shown = documentId;
        reselect();
    }

    /** Opens the next (1) or previous (-1) document in the list. */
    public void step(int direction) {
        if (pages.isEmpty()) {
            return;
        }
        int i = table.getSelectionModel().getSelectedIndex();
        if (i < 0 && shown >= 0) {
            i = pages.indexOf(shown); // listed again since: go on from the open document, not from the top
        }
        int next = i < 0 ? 0 : Math.max(0, Math.min(pages.size() - 1, i + direction));
        table.getSelectionModel().select(next);
        table.scrollTo(Math.max(0, next - 3));
    }

    /**
     * Keeps the list's columns (shown or not, widths) and its sort in {@code settings}: applied now, saved as the
     * coder changes them.
     */
    public void remember(org.parley.core.config.Settings settings) {
        for (var saved : settings.documentListColumns()) {
            table.getColumns().stream().filter(c -> c.getText().equals(saved.name())).findFirst().ifPresent(c -> {
                c.setVisible(saved.shown());
                c.setPrefWidth(saved.width());
            });
        }
        String sort = settings.documentListSort();
        table.getColumns().stream().filter(c -> c.getUserData() instanceof DocumentListing.Sort ds && ds.name().equals(sort))
                .findFirst().ifPresent(c -> table.getSortOrder().setAll(List.of(c)));
        Runnable save = () -> {
            settings.documentListColumns(table.getColumns().stream()
                    .map(c -> new org.parley.core.config.Settings.ListColumn(c.getText(), c.isVisible(), Math.max(1, c.getWidth() > 0 ? c.getWidth() : c.getPrefWidth())))
                    .toList());
            settings.documentListSort(table.getSortOrder().isEmpty() || !(table.getSortOrder().get(0).getUserData() instanceof DocumentListing.Sort ds)
                    ? "" : ds.name());
            settings.saveSoon();
        };
        for (TableColumn<DocumentSummary, ?> c : table.getColumns()) {
            c.visibleProperty().addListener((o, was, now) -> save.run());
            c.widthProperty().addListener((o, was, now) -> save.run());
        }
        table.getSortOrder().addListener((javafx.collections.ListChangeListener<TableColumn<DocumentSummary, ?>>) ch -> save.run());
    }

    public void focusFilter() {
        filter.requestFocus();
    }

    public int size() {
        return pages.size();
    }

    public TableView<DocumentSummary> table() {
        return table;
    }
}
