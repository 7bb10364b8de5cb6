package org.parley.core.session;

import java.util.List;
import java.util.function.Consumer;
import org.parley.core.model.Annotation;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.NewAnnotation;

/**
 * A coder's changes to claims, as work on the ordered lane of an {@link OpenCorpus}: saves keep the order
 * they were made in, and the reads of a document's claims (and of its trash) see every save made before them.
 */
public final class ClaimChanges {
    private final OpenCorpus corpus;
    private final String coder;

    public ClaimChanges(OpenCorpus corpus, String coder) {
        this.corpus = corpus;
        this.coder = coder;
    }

    public void add(NewAnnotation claim, Consumer<Annotation> done) {
        corpus.save("make claim", c -> new AnnotationStore(c).add(claim), done);
    }

    /** Stores a claim's whole state; because saves keep their order, the last state made is the one kept. */
    public void update(String label, Annotation state, Consumer<Annotation> done) {
        corpus.save(label, c -> new AnnotationStore(c).update(state, coder), done);
    }

    public void trash(String label, String uuid, Runnable done) {
        corpus.save(label, c -> { new AnnotationStore(c).trash(uuid, coder); return null; }, x -> done.run());
    }

    public void restore(String label, String uuid, Runnable done) {
        corpus.save(label, c -> { new AnnotationStore(c).restore(uuid, coder); return null; }, x -> done.run());
    }

    /** A document's claims, after every save made before this call. */
    public void ofDocument(long documentId, Consumer<List<Annotation>> done, Consumer<Throwable> failed) {
        corpus.read("read the document's claims", c -> new AnnotationStore(c).forDocument(documentId), done, failed);
    }

    /** A document's claims in the trash, after every save made before this call (a claim just trashed is listed). */
    public void trashOf(long documentId, Consumer<List<Annotation>> done, Consumer<Throwable> failed) {
        corpus.read("read the trash", c -> new AnnotationStore(c).trashOf(documentId), done, failed);
    }
}
