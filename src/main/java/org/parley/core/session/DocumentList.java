package org.parley.core.session;

import java.util.List;
import java.util.function.Consumer;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentSummary;

/**
 * The corpus browser's list of an {@link OpenCorpus}: how many documents a filter lists, and one page of them
 * in the order chosen, read on its ordered lane (after every save made before, so a claim just made is counted).
 */
public final class DocumentList {
    private final OpenCorpus corpus;

    public DocumentList(OpenCorpus corpus) {
        this.corpus = corpus;
    }

    /** How many documents (not in the trash) {@code filter} lists; null or blank lists all. */
    public void count(String filter, Consumer<Integer> done, Consumer<Throwable> failed) {
        corpus.read("count documents", c -> new DocumentListing(c).count(filter, false), done, failed);
    }

    /** One page of the list. */
    public void page(DocumentListing.Query query, Consumer<List<DocumentSummary>> done, Consumer<Throwable> failed) {
        corpus.read("list documents", c -> new DocumentListing(c).page(query), done, failed);
    }
}
