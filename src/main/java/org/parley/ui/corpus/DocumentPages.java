package org.parley.ui.corpus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ObservableListBase;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentSummary;

/**
 * The corpus browser's rows as a list that reads only the pages the table shows: its size comes
 * from one count, and each row asks for its page of {@value #PAGE} documents on first sight, so a
 * corpus of 100,000 documents lists as fast as one of ten. Up to {@value #KEEP} pages stay cached.
 */
public final class DocumentPages extends ObservableListBase<DocumentSummary> {
    static final int PAGE = 200;
    static final int KEEP = 20;

    private final DocumentListing listing;
    private String filter;
    private DocumentListing.Sort sort = DocumentListing.Sort.ID;
    private int size;
    private final Map<Integer, List<DocumentSummary>> pages = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<DocumentSummary>> eldest) {
            return size() > KEEP;
        }
    };

    public DocumentPages(DocumentListing listing) {
        this.listing = listing;
        this.size = listing.count(null, false);
    }

    /** Lists again (after an import, an edit, or a new filter or sort). */
    public void reload(String newFilter, DocumentListing.Sort newSort) {
        filter = newFilter == null || newFilter.isBlank() ? null : newFilter;
        sort = newSort == null ? DocumentListing.Sort.ID : newSort;
        int old = size;
        pages.clear();
        size = listing.count(filter, false);
        beginChange();
        if (old > 0) {
            nextRemove(0, new java.util.ArrayList<>(java.util.Collections.nCopies(old, (DocumentSummary) null)));
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
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
        List<DocumentSummary> rows = pages.computeIfAbsent(page, p ->
                listing.page(new DocumentListing.Query(filter, sort, false, p * PAGE, PAGE)));
        int at = index % PAGE;
        return at < rows.size() ? rows.get(at) : rows.isEmpty() ? null : rows.get(rows.size() - 1);
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
