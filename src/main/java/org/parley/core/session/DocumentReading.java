package org.parley.core.session;

import java.util.Optional;
import java.util.function.Consumer;
import org.parley.core.model.Document;
import org.parley.core.store.DocumentStore;
import org.parley.core.text.Offsets;

/** Reading one document of an {@link OpenCorpus}, on its ordered lane (after every save made before). */
public final class DocumentReading {
    /** A document as read for the reader, with its offsets (code points to UTF-16) worked out off the window's thread. */
    public record Opened(Document document, Offsets offsets) {
        public Opened {
            if (document == null || offsets == null) {
                throw new IllegalArgumentException("an opened document needs its text and offsets");
            }
        }
    }

    private final OpenCorpus corpus;

    public DocumentReading(OpenCorpus corpus) {
        this.corpus = corpus;
    }

    /** The document with this id or uuid, or empty when there is none (or it is in the trash of the store). */
    public void find(String idOrUuid, Consumer<Optional<Document>> done, Consumer<Throwable> failed) {
        corpus.read("read a document", c -> new DocumentStore(c).find(idOrUuid), done, failed);
    }

    /** A document to read and code in, with its offsets; fails when there is no such document. */
    public void open(long id, Consumer<Opened> done, Consumer<Throwable> failed) {
        corpus.read("open document " + id, c -> {
            Document d = new DocumentStore(c).get(String.valueOf(id));
            return new Opened(d, Offsets.of(d.text()));
        }, done, failed);
    }

    /** Whether the corpus still holds this document, not in the trash (the place remembered from last time, for example). */
    public void exists(long id, Consumer<Boolean> done, Consumer<Throwable> failed) {
        corpus.read("look for a document", c -> new DocumentStore(c).find(String.valueOf(id)).filter(d -> d.deleted() == null).isPresent(), done, failed);
    }
}
