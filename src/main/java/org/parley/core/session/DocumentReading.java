package org.parley.core.session;

import java.util.Optional;
import java.util.function.Consumer;
import org.parley.core.model.Document;
import org.parley.core.store.DocumentStore;

/** Reading one document of an {@link OpenCorpus}, on its ordered lane (after every save made before). */
public final class DocumentReading {
    private final OpenCorpus corpus;

    public DocumentReading(OpenCorpus corpus) {
        this.corpus = corpus;
    }

    /** The document with this id or uuid, or empty when there is none (or it is in the trash of the store). */
    public void find(String idOrUuid, Consumer<Optional<Document>> done, Consumer<Throwable> failed) {
        corpus.read("read a document", c -> new DocumentStore(c).find(idOrUuid), done, failed);
    }

    /** Whether the corpus still holds this document (the place remembered from last time, for example). */
    public void exists(String idOrUuid, Consumer<Boolean> done, Consumer<Throwable> failed) {
        corpus.read("look for a document", c -> new DocumentStore(c).find(idOrUuid).isPresent(), done, failed);
    }
}
