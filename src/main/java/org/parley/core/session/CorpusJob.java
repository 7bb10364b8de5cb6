package org.parley.core.session;

import org.parley.core.store.Corpus;

/** A long job on the corpus (import, export, backup), run on the jobs lane; only core code writes these. */
@FunctionalInterface
public interface CorpusJob<T> {
    T run(Corpus corpus, JobControl control) throws Exception;
}
