package org.parley.ui.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;
import org.parley.core.session.DocumentList;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentSummary;

/**
 * The corpus browser's rows as a list that reads only the pages the table shows: its size comes
 * from one count, and each row asks for its page of {@value #PAGE} documents on first sight, so a
 * corpus of 100,000 documents lists as fast as one of ten. The count and the pages are read on the open
 * corpus's ordered lane ({@link DocumentList}; a page sorted by title over 100,000 documents takes a few
 * hundred milliseconds): until a page arrives its rows are null and show empty, and until the count arrives
 * the list keeps its old size. Up to {@value #KEEP} pages stay cached.
 */
public final class DocumentPages extends ObservableListBase<DocumentSummary> {
    static final int PAGE = 200;
    static final int KEEP = 20;

    private final DocumentList listing;
    private Runnable relisting = () -> { };
    private Runnable listed = () -> { };
    private final java.util.Set<Integer> loading = new java.util.HashSet<>();
    private long generation;
    private boolean inGet;
    private String filter;
    private DocumentListing.Sort sort = DocumentListing.Sort.ID;
    private int size;
    private final Map<Integer, List<DocumentSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<DocumentSummary>> eldest) {
            return size() > KEEP;
        }
    };

    /** An empty list that counts the corpus's documents at once ({@link #onListed} hears when they are counted). */
    public DocumentPages(DocumentList listing) {
        this.listing = listing;
        reload(null, DocumentListing.Sort.ID);
    }

    /**
     * Told on the FX thread each time a new count is listed (after a reload): {@code before} just before the
     * table hears its rows changed, {@code after} once it has.
     */
    public void onListed(Runnable before, Runnable after) {
        relisting = before;
        listed = after;
    }

    /** Lists again (after an import, an edit, or a new filter or sort): counts, then tells the table. */
    public void reload(String newFilter, DocumentListing.Sort newSort) {
        filter = newFilter == null || newFilter.isBlank() ? null : newFilter;
        sort = newSort == null ? DocumentListing.Sort.ID : newSort;
        long mine = ++generation;
        pages.clear();
        loading.clear();
        listing.count(filter, counted -> {
            if (mine == generation) {
                relist(counted);
            }
        }, e -> System.getLogger(DocumentPages.class.getName()).log(System.Logger.Level.ERROR, "count documents", e));
    }

    private void relist(int counted) {
        int old = size;
        size = counted;
        relisting.run();
        beginChange();
        if (old > 0) {
            nextRemove(0, new java.util.ArrayList<>(java.util.Collections.nCopies(old, (DocumentSummary) null)));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
        listed.run();
    }

    public void reload() {
        reload(filter, sort);
    }

    @Override
    public DocumentSummary get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / PAGE;
        List<DocumentSummary> rows = pages.get(page);
        if (rows == null) {
            load(page);
            rows = pages.get(page);
            if (rows == null) {
                return null; // on its way
            }
        }
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : null;
    }

    private void load(int page) {
        if (!loading.add(page)) {
            return;
        }
        long mine = generation;
        DocumentListing.Query q = new DocumentListing.Query(filter, sort, false, page * PAGE, PAGE);
        inGet = true;
        try {
            listing.page(q, rows -> {
                if (mine != generation) {
                    return;
                }
                loading.remove(page);
                pages.put(page, rows);
                if (!inGet) {
                    // arrived later: tell the table its rows changed
                    int from = page * PAGE;
                    int to = Math.min(size, from + PAGE);
                    if (from < to) {
                        beginChange();
                        for (int i = from; i < to; i++) {
                            nextUpdate(i);
                        }
                        endChange();
                    }
                }
            }, e -> loading.remove(page));
        } finally {
            inGet = false;
        }
    }

    @Override
    public int size() {
        return size;
    }

    /** Where a document is in the current order, or -1 (scans cached pages only). */
    public int indexOf(long documentId) {
        for (var e : pages.entrySet()) {
            List<DocumentSummary> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).id() == documentId) {
                    return e.getKey() * PAGE + i;
                }
            }
        }
        return -1;
    }

    public DocumentListing.Sort sort() {
        return sort;
    }
}
