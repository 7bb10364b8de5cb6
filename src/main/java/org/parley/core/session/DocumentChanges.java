package org.parley.core.session;

import java.util.List;
import java.util.function.Consumer;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.DocumentEdits;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentSummary;
import org.parley.core.store.MemoStore;

/**
 * A coder's changes to documents of an {@link OpenCorpus} — metadata, trash and restore, memos of a document and
 * of the corpus — as work on its ordered lane: saves keep their order (the last state made is the one kept, so
 * undo is storing the earlier state again), and reads see every save made before them.
 */
public final class DocumentChanges {
    /** A document as the Document dialog shows it: its metadata (read fresh) and its memo. */
    public record Details(Document document, String memo) {
        public Details {
            if (document == null || memo == null) {
                throw new IllegalArgumentException("a document's details need the document and its memo (\"\" for none)");
            }
        }
    }

    /** Enough trashed documents to pick from; more than this are restored with {@code parley doc restore}. */
    private static final int TRASH_LISTED = 1000;

    private final OpenCorpus corpus;
    private final String coder;

    public DocumentChanges(OpenCorpus corpus, String coder) {
        this.corpus = corpus;
        this.coder = coder;
    }

    /** The document and its memo, after every save made before this call. */
    public void details(long id, Consumer<Details> done, Consumer<Throwable> failed) {
        corpus.read("read document " + id, c -> {
            Document d = new DocumentStore(c).get(String.valueOf(id));
            return new Details(d, new MemoStore(c).text(d.uuid()));
        }, done, failed);
    }

    /** Stores a document's whole editable metadata. */
    public void update(String label, long id, DocumentMeta meta, Consumer<Document> done) {
        corpus.save(label, c -> new DocumentEdits(c).update(id, meta, coder), done);
    }

    public void trash(String label, long id, Runnable done) {
        corpus.save(label, c -> { new DocumentStore(c).trash(id, coder); return null; }, x -> done.run());
    }

    public void restore(String label, long id, Runnable done) {
        corpus.save(label, c -> { new DocumentStore(c).restore(id, coder); return null; }, x -> done.run());
    }

    /** The documents in the trash (up to a thousand), after every save made before this call. */
    public void trashed(Consumer<List<DocumentSummary>> done, Consumer<Throwable> failed) {
        corpus.read("read the trashed documents", c -> new DocumentListing(c).page(
                new DocumentListing.Query(null, DocumentListing.Sort.ID, true, 0, TRASH_LISTED)), done, failed);
    }

    /** Sets the memo of a document (by uuid) or, with null, of the corpus; "" removes it. */
    public void memo(String label, String documentUuid, String text, Runnable done) {
        corpus.save(label, c -> new MemoStore(c).set(documentUuid, text, coder), x -> done.run());
    }

    /** The corpus's memo (the coder's journal), "" when none, after every save made before this call. */
    public void corpusMemo(Consumer<String> done, Consumer<Throwable> failed) {
        corpus.read("read the corpus memo", c -> new MemoStore(c).text(null), done, failed);
    }
}
