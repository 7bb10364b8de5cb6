package org.parley.core.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Codebook;
import org.parley.core.model.Document;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;

/**
 * What every export reads: the selected documents, one at a time with their selected claims, as the
 * stores' own records ({@link Document}, {@link Annotation}), so an export of a million claims holds one
 * document in memory, not the corpus. The selection is worked out once per export, with sets (linear in
 * the corpus), and each document read is counted by the {@link ExportWatch}.
 */
public final class ExportSource {
    /** Receives each document in id order. */
    @FunctionalInterface
    public interface DocumentSink {
        void accept(DocumentRow row) throws Exception;
    }

    private final Corpus corpus;
    private final Selection selection;
    private final ExportWatch watch;
    private final Set<String> coders;
    /** The selected documents' ids, ascending; null until first asked for. */
    private List<Long> ids;

    public ExportSource(Corpus corpus, Selection selection) {
        this(corpus, selection, new ExportWatch(null), null);
    }

    private ExportSource(Corpus corpus, Selection selection, ExportWatch watch, List<Long> ids) {
        this.corpus = corpus;
        this.selection = selection;
        this.watch = watch;
        this.coders = Set.copyOf(selection.coders());
        this.ids = ids;
    }

    /**
     * The same selection narrowed to {@code documentIds}, which must be some of {@link #documentIds()}
     * (one part of a train/dev/test split; may be empty: then nothing is selected).
     */
    public ExportSource restrictedTo(List<Long> documentIds) {
        List<Long> part = new ArrayList<>(documentIds);
        part.sort(null);
        return new ExportSource(corpus, selection, watch, List.copyOf(part));
    }

    /** The same selection, reporting each document read to {@code watch} and stopping when it is cancelled. */
    public ExportSource watchedBy(ExportWatch watch) {
        return new ExportSource(corpus, selection, watch, ids);
    }

    public Selection selection() {
        return selection;
    }

    public ExportWatch watch() {
        return watch;
    }

    public Codebook codebook() {
        return new CodebookStore(corpus).load();
    }

    /** The ids of the selected documents (not in the trash), ascending; worked out once. */
    public List<Long> documentIds() {
        if (ids == null) {
            ids = select();
        }
        return ids;
    }

    private List<Long> select() {
        DocumentStore store = new DocumentStore(corpus);
        List<Long> chosen = selection.docs().isEmpty() ? store.liveIds() : store.liveIdsOf(selection.docs());
        if (selection.query() != null) {
            Set<Long> matching = new HashSet<>(SearchSelection.matching(corpus, selection.query()));
            chosen = chosen.stream().filter(matching::contains).toList();
        }
        List<Long> sorted = new ArrayList<>(chosen);
        sorted.sort(null);
        return List.copyOf(sorted);
    }

    /** Streams every selected document with its selected claims, one document in memory at a time. */
    public void forEach(DocumentSink sink) throws Exception {
        DocumentStore documents = new DocumentStore(corpus);
        AnnotationStore annotations = new AnnotationStore(corpus);
        for (long id : documentIds()) {
            watch.beforeDocument();
            Document d = documents.find(String.valueOf(id))
                    .orElseThrow(() -> new IllegalStateException("document " + id + " vanished during the export"));
            DocumentRow row = new DocumentRow(d, selected(annotations.forDocument(id)));
            sink.accept(row);
            watch.afterDocument(row);
        }
    }

    private List<Annotation> selected(List<Annotation> claims) {
        List<Annotation> out = new ArrayList<>(claims.size());
        for (Annotation a : claims) {
            if ((!selection.acceptedOnly() || a.status() == AnnotationStatus.ACCEPTED) && (coders.isEmpty() || coders.contains(a.coder()))) {
                out.add(a);
            }
        }
        return out;
    }
}
