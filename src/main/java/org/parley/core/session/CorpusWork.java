package org.parley.core.session;

import org.parley.core.store.Corpus;

/** Work on the corpus itself, run by a lane of {@link OpenCorpus}; only core code writes these. */
@FunctionalInterface
public interface CorpusWork<T> {
    T run(Corpus corpus) throws Exception;
}
