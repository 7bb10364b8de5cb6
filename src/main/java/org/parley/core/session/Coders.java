package org.parley.core.session;

import java.util.List;
import java.util.function.Consumer;
import org.parley.core.model.Coder;
import org.parley.core.store.CoderStore;

/** The coders who have worked in an {@link OpenCorpus}, read on its ordered lane. */
public final class Coders {
    private final OpenCorpus corpus;

    public Coders(OpenCorpus corpus) {
        this.corpus = corpus;
    }

    /** Every coder's name, in name order. */
    public void names(Consumer<List<String>> done, Consumer<Throwable> failed) {
        corpus.read("list coders", c -> new CoderStore(c).all().stream().map(Coder::name).toList(), done, failed);
    }
}
