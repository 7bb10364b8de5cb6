package org.parley.core.session;

import java.util.function.Consumer;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.store.CodebookEdits;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.DimensionEdits;

/**
 * A coder's changes to the codebook (codes and dimensions), saved on the ordered lane of an
 * {@link OpenCorpus}; loading the codebook and counting uses are reads on the same lane, so they see them.
 */
public final class CodebookChanges {
    private final OpenCorpus corpus;
    private final String coder;

    public CodebookChanges(OpenCorpus corpus, String coder) {
        this.corpus = corpus;
        this.coder = coder;
    }

    public void load(Consumer<Codebook> done, Consumer<Throwable> failed) {
        corpus.read("load the codebook", c -> new CodebookStore(c).load(), done, failed);
    }

    public void add(String list, Code code, Runnable done) {
        corpus.save("add code", c -> new CodebookEdits(c).add(list, code, coder), x -> done.run());
    }

    public void edit(String label, Code state, Runnable done) {
        corpus.save(label, c -> new CodebookEdits(c).edit(state, coder), x -> done.run());
    }

    /**
     * A merge as made on the lane; {@link #unmerge} reads it there, after the merge (saves keep their order), so
     * an undo given before the merge reached the disk still undoes exactly what it recoded.
     */
    public static final class Merged {
        private volatile CodebookEdits.Merge merge;

        /** How many claims the merge recoded (0 until it is stored). */
        public int claims() {
            CodebookEdits.Merge m = merge;
            return m == null ? 0 : m.claims();
        }
    }

    public Merged merge(Code from, Code into, Runnable done) {
        Merged merged = new Merged();
        corpus.save("merge codes", c -> {
            merged.merge = new CodebookEdits(c).merge(from.uuid(), into.uuid(), coder);
            return null;
        }, x -> done.run());
        return merged;
    }

    public void unmerge(Merged merged, Runnable done) {
        corpus.save("undo merge", c -> {
            new CodebookEdits(c).unmerge(merged.merge, coder);
            return null;
        }, x -> done.run());
    }

    public void delete(String label, Code code, Runnable done) {
        corpus.save(label, c -> { new CodebookEdits(c).delete(code.uuid(), coder); return null; }, x -> done.run());
    }

    public void restore(String label, Code code, Runnable done) {
        corpus.save(label, c -> { new CodebookEdits(c).restore(code.uuid(), coder); return null; }, x -> done.run());
    }

    public void addDimension(String label, Dimension d, Runnable done) {
        corpus.save(label, c -> new DimensionEdits(c).add(d, coder), x -> done.run());
    }

    public void editDimension(String label, Dimension state, Runnable done) {
        corpus.save(label, c -> new DimensionEdits(c).edit(state, coder), x -> done.run());
    }

    public void removeDimension(String label, Dimension d, Runnable done) {
        corpus.save(label, c -> { new DimensionEdits(c).remove(d.uuid(), coder); return null; }, x -> done.run());
    }

    public void restoreDimension(String label, Dimension d, Runnable done) {
        corpus.save(label, c -> { new DimensionEdits(c).restore(d.uuid(), coder); return null; }, x -> done.run());
    }

    /** How many claims use a code, after every save made before this call. */
    public void uses(Code code, Consumer<Integer> done, Consumer<Throwable> failed) {
        corpus.read("count uses of a code", c -> new CodebookEdits(c).uses(code.uuid()), done, failed);
    }

    /** How many claims are coded in a dimension, after every save made before this call. */
    public void uses(Dimension d, Consumer<Integer> done, Consumer<Throwable> failed) {
        corpus.read("count uses of a dimension", c -> new DimensionEdits(c).uses(d.uuid()), done, failed);
    }
}
