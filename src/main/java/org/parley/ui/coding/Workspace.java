package org.parley.ui.coding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.Document;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;
import org.parley.core.session.ClaimChanges;
import org.parley.core.session.CodebookChanges;
import org.parley.core.session.DocumentReading;
import org.parley.core.session.OpenCorpus;
import org.parley.core.store.NewAnnotation;
import org.parley.core.text.Offsets;
import org.parley.ui.common.History;
import org.parley.ui.common.SaveState;

/**
 * The view model of the coding window: the open document, its claims (in text order), the selected claim and
 * the codebook as read-only state, and every action a coder takes on them as an intent. Each change shows in the
 * window at once, goes to the open corpus's ordered save lane through the core's {@link ClaimChanges} (durable,
 * in order, kept for retry if it fails; {@link SaveState} tells it) and is recorded in {@link History}. Reads
 * (a document, its claims, the codebook) go on the same lane, so they see every save made before them. It holds
 * no corpus connection and runs no SQL.
 */
public final class Workspace {
    private static final System.Logger LOG = System.getLogger(Workspace.class.getName());

    private final OpenCorpus corpus;
    private final ClaimChanges changes;
    private final DocumentReading documents;
    private final CodebookChanges codebookChanges;
    private final SaveState save;
    private final History history = new History();
    private final String coder;
    private final ReadOnlyObjectWrapper<Codebook> codebook = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Document> document = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Annotation> claims = FXCollections.observableArrayList();
    /** The claims in the coder view (all coders', the coder's own, or one coder's). */
    private final javafx.collections.transformation.FilteredList<Annotation> visible = new javafx.collections.transformation.FilteredList<>(claims);
    private final ObservableList<Annotation> readOnlyClaims = FXCollections.unmodifiableObservableList(visible);
    private final ReadOnlyObjectWrapper<org.parley.core.coding.CoderView> coderView =
            new ReadOnlyObjectWrapper<>(org.parley.core.coding.CoderView.ALL);
    private final ReadOnlyObjectWrapper<Annotation> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty colourDimension = new SimpleStringProperty();
    private final BooleanProperty snapToWords = new SimpleBooleanProperty(true);
    private Offsets offsets = Offsets.of("");
    private final ClaimColours colours = new ClaimColours();
    private Consumer<String> problems = m -> { };

    /** {@code codebook}: the corpus's codebook as read when it was opened (off the FX thread). */
    public Workspace(OpenCorpus corpus, String coder, Codebook codebook) {
        this.corpus = corpus;
        this.coder = coder;
        this.save = new SaveState(corpus.saves());
        this.changes = new ClaimChanges(corpus, coder);
        this.documents = new DocumentReading(corpus);
        this.codebookChanges = new CodebookChanges(corpus, coder);
        showCodebook(codebook);
    }

    /** Where a problem the coder must see (not a save failure: {@link SaveState} shows those) is told. */
    public void onProblem(Consumer<String> sink) {
        problems = sink;
    }

    /** Tells the coder a problem (one line) where the window shows problems. */
    public void tell(String problem) {
        problems.accept(problem);
    }

    /** Reads the codebook again (after an edit or an import), after every save made before. */
    public void reloadCodebook() {
        codebookChanges.load(this::showCodebook, e -> problems.accept("Cannot read the codebook: " + e.getMessage()));
    }

    private void showCodebook(Codebook book) {
        codebook.set(book);
        if (colourDimension.get() == null || book.dimension(colourDimension.get()).isEmpty()) {
            colourDimension.set(book.dimension("stance").map(Dimension::name)
                    .orElse(book.dimensions().isEmpty() ? null : book.dimensions().get(book.dimensions().size() - 1).name()));
        }
    }

    /**
     * Loads a document and its claims off the FX thread: the text shows as soon as it is read, while the
     * claims are read (queued behind any write still pending, so none is missed); then {@code then} runs.
     */
    public void open(long documentId, Runnable then) {
        Document[] shown = new Document[1];
        documents.open(documentId, loaded -> {
            offsets = loaded.offsets();
            selected.set(null);
            claims.clear();
            shown[0] = loaded.document();
            document.set(shown[0]);
        }, e -> {
            LOG.log(System.Logger.Level.ERROR, "open document " + documentId, e);
            problems.accept("Cannot open document " + documentId + ": " + e.getMessage());
        });
        changes.ofDocument(documentId, list -> {
            if (shown[0] != null && document.get() == shown[0]) {
                claims.setAll(list);
                then.run();
            }
        }, e -> problems.accept("Cannot read the claims of document " + documentId + ": " + e.getMessage()));
    }

    /**
     * The open document's details as stored after an edit (same text): the window shows them without reading the
     * text again, keeping the caret, selection and claims.
     */
    public void detailsStored(Document updated) {
        Document shown = document.get();
        if (shown != null && updated != null && shown.id() == updated.id() && shown.text().equals(updated.text())) {
            document.set(updated);
        }
    }

    /** Shows no document (the last one went to the trash). */
    public void closeDocument() {
        selected.set(null);
        claims.clear();
        offsets = Offsets.of("");
        document.set(null);
    }

    /** Reads the open document's claims again (after a codebook change renamed or merged codes). */
    public void reloadClaims() {
        Document d = document.get();
        if (d == null) {
            return;
        }
        changes.ofDocument(d.id(), list -> {
            if (document.get() != d) {
                return;
            }
            String sel = selected.get() == null ? null : selected.get().uuid();
            claims.setAll(list);
            selected.set(list.stream().filter(a -> a.uuid().equals(sel)).findFirst().orElse(null));
        }, e -> problems.accept("Cannot read the claims again: " + e.getMessage()));
    }

    // ---- making and changing claims ----

    /** Makes a claim of the selected text (UTF-16 range of the reader) and selects it. */
    public Optional<Annotation> makeClaim(int startUtf16, int endUtf16) {
        Document d = document.get();
        if (d == null) {
            return Optional.empty();
        }
        Optional<Span> span = new Boundaries(d.text(), offsets).fromSelection(startUtf16, endUtf16, snapToWords.get());
        if (span.isEmpty()) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Annotation made = new Annotation(0, Ids.newUuid(), d.id(), span.get(),
                Offsets.slice(d.text(), span.get().start(), span.get().end()), "", "", java.util.Map.of(), "",
                AnnotationStatus.ACCEPTED, coder, now, now);
        if (!coderView.get().shows().test(made)) {
            showClaimsOf(org.parley.core.coding.CoderView.ALL); // the coder's new claim must not vanish from view
        }
        put(made);
        selected.set(made);
        changes.add(new NewAnnotation(made.uuid(), made.documentId(), made.span(),
                made.codes(), made.memo(), made.status(), coder), this::confirm);
        history.done(History.edit("make claim", () -> {
            remove(made.uuid());
            changes.trash("undo make claim", made.uuid(), () -> { });
        }, () -> {
            put(made);
            selected.set(made);
            changes.restore("redo make claim", made.uuid(), () -> { });
        }));
        return Optional.of(made);
    }

    /** Sets the codes of the selected claim in one dimension (an empty list clears it). */
    public void setCodes(String dimension, List<String> values) {
        Annotation a = selected.get();
        if (a != null && !a.codesOf(dimension).equals(values)) {
            edit("code claim", a, Claims.withCodes(a, dimension, values));
        }
    }

    /** The key or name chose a code: a single dimension takes it (or drops it when given again), a multi one toggles it. */
    public void toggleCode(Dimension dimension, Code code) {
        Annotation a = selected.get();
        if (a == null) {
            return;
        }
        List<String> now = new ArrayList<>(a.codesOf(dimension.name()));
        if (now.contains(code.name())) {
            now.remove(code.name());
        } else if (dimension.kind() == org.parley.core.model.DimensionKind.SINGLE) {
            now = new ArrayList<>(List.of(code.name()));
        } else {
            now.add(code.name());
        }
        setCodes(dimension.name(), now);
    }

    public void setMemo(String memo) {
        Annotation a = selected.get();
        if (a != null && !a.memo().equals(memo == null ? "" : memo)) {
            edit("edit memo", a, Claims.withMemo(a, memo));
        }
    }

    public void setStatus(AnnotationStatus status) {
        Annotation a = selected.get();
        if (a != null && a.status() != status) {
            edit(status == AnnotationStatus.ACCEPTED ? "accept claim" : status.word() + " claim", a, Claims.withStatus(a, status));
        }
    }

    /** Moves the selected claim's start or end edge by a character, or a word when snapping to words. */
    public void moveEdge(boolean startEdge, int direction) {
        Annotation a = selected.get();
        Document d = document.get();
        if (a == null || d == null) {
            return;
        }
        Span moved = new Boundaries(d.text(), offsets).move(a.span(), startEdge, direction, snapToWords.get());
        if (!moved.equals(a.span())) {
            edit("move claim boundary", a, Claims.withSpan(a, moved, d.text()));
        }
    }

    private void edit(String label, Annotation before, Annotation after) {
        apply(label, after);
        history.done(History.edit(label, () -> apply("undo " + label, before), () -> apply("redo " + label, after)));
    }

    private void apply(String label, Annotation state) {
        put(state);
        selected.set(state);
        changes.update(label, state, this::confirm);
    }

    /** Moves the selected claim to the trash (restorable, and undoable). */
    public void trashSelected() {
        Annotation a = selected.get();
        if (a == null) {
            return;
        }
        trash(a);
        history.done(History.edit("move claim to the trash", () -> restore(a), () -> trash(a)));
    }

    private void trash(Annotation a) {
        remove(a.uuid());
        changes.trash("move claim to the trash", a.uuid(), () -> { });
    }

    /** Brings a claim back from the trash. */
    public void restore(Annotation a) {
        put(a);
        selected.set(a);
        changes.restore("restore claim", a.uuid(), () -> { });
    }

    /** Restores a claim picked from the trash list, as an undoable change. */
    public void restoreFromTrash(Annotation a) {
        restore(a);
        history.done(History.edit("restore claim", () -> trash(a), () -> restore(a)));
    }

    /** The open document's claims in the trash, read after every save made before (so a claim just trashed is there). */
    public void trashOfDocument(Consumer<List<Annotation>> done) {
        Document d = document.get();
        if (d == null) {
            done.accept(List.of());
            return;
        }
        changes.trashOf(d.id(), done, e -> problems.accept("Cannot read the trash: " + e.getMessage()));
    }

    // ---- local state ----

    private void confirm(Annotation stored) {
        for (int i = 0; i < claims.size(); i++) {
            Annotation local = claims.get(i);
            if (local.uuid().equals(stored.uuid()) && local.id() != stored.id()) {
                Annotation withId = Claims.withId(local, stored.id());
                claims.set(i, withId);
                if (selected.get() != null && selected.get().uuid().equals(stored.uuid())) {
                    selected.set(withId);
                }
            }
        }
    }

    private void put(Annotation a) {
        if (document.get() == null || a.documentId() != document.get().id()) {
            return;
        }
        claims.removeIf(c -> c.uuid().equals(a.uuid()));
        int at = 0;
        Comparator<Annotation> order = Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end);
        while (at < claims.size() && order.compare(claims.get(at), a) <= 0) {
            at++;
        }
        claims.add(at, a);
    }

    private void remove(String uuid) {
        claims.removeIf(c -> c.uuid().equals(uuid));
        if (selected.get() != null && selected.get().uuid().equals(uuid)) {
            selected.set(null);
        }
    }

    // ---- navigation ----

    public void select(Annotation a) {
        selected.set(a);
    }

    /** The shortest claim covering a UTF-16 position of the reader, if any. */
    public Optional<Annotation> claimAt(int utf16) {
        if (document.get() == null || utf16 > offsets.utf16Length()) {
            return Optional.empty();
        }
        int cp = offsets.toCodePoint(utf16);
        return visible.stream().filter(c -> c.start() <= cp && cp < c.end()).min(Comparator.comparingInt(c -> c.span().length()));
    }

    /** Selects the next (direction 1) or previous (-1) claim in text order. */
    public Optional<Annotation> step(int direction) {
        if (visible.isEmpty()) {
            return Optional.empty();
        }
        int i = selected.get() == null ? -1 : visible.indexOf(selected.get());
        int next = i < 0 ? (direction > 0 ? 0 : visible.size() - 1) : Math.floorMod(i + direction, visible.size());
        selected.set(visible.get(next));
        return Optional.of(visible.get(next));
    }

    /** A claim's highlight: the colour of its first code in the colouring dimension. */
    public String colourOf(Annotation a) {
        return colours.of(codebook.get(), colourDimension.get(), a);
    }

    /** Each claim's colour under the codebook and colouring dimension of this moment; safe off the FX thread. */
    public java.util.function.Function<Annotation, String> colouring() {
        ClaimColours fixed = new ClaimColours();
        Codebook book = codebook.get();
        String dimension = colourDimension.get();
        return a -> fixed.of(book, dimension, a);
    }

    public boolean undo() {
        return history.undo();
    }

    public boolean redo() {
        return history.redo();
    }

    // ---- properties ----

    public Offsets offsets() {
        return offsets;
    }

    /** The corpus open in the window (the door to it: its lanes and the core's feature classes on them). */
    public OpenCorpus corpus() {
        return corpus;
    }

    /** The codebook's changes, on the same ordered lane as the claims'. */
    public CodebookChanges codebookChanges() {
        return codebookChanges;
    }

    public String coder() {
        return coder;
    }

    public SaveState save() {
        return save;
    }

    public History history() {
        return history;
    }

    public ReadOnlyObjectProperty<Codebook> codebookProperty() {
        return codebook.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Document> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** The open document's claims in text order (read-only: every change is an intent above). */
    public ObservableList<Annotation> claims() {
        return readOnlyClaims;
    }

    /** Whose claims the reader and the claim list show. */
    public ReadOnlyObjectProperty<org.parley.core.coding.CoderView> coderViewProperty() {
        return coderView.getReadOnlyProperty();
    }

    /** Shows the claims of {@code view} only; a selected claim outside it is let go. */
    public void showClaimsOf(org.parley.core.coding.CoderView view) {
        coderView.set(view);
        visible.setPredicate(view.shows());
        if (selected.get() != null && !view.shows().test(selected.get())) {
            selected.set(null);
        }
    }

    public ReadOnlyObjectProperty<Annotation> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty colourDimensionProperty() {
        return colourDimension;
    }

    public BooleanProperty snapToWordsProperty() {
        return snapToWords;
    }
}
