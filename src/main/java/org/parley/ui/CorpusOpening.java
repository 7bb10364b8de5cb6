package org.parley.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.parley.core.firstrun.DefaultCorpus;
import org.parley.core.store.Corpus;
import org.parley.core.store.LockWait;

/**
 * How the window opens a corpus to code in: an empty file becomes a corpus with the default codebook; any other is
 * opened at once and its pages are checked beside it (seconds on a 100,000-article corpus), reads going on while
 * writes wait for the verdict, so a damaged file is never written to and the window does not freeze.
 */
final class CorpusOpening {
    private static final ExecutorService CHECKS = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-page-check");
        t.setDaemon(true);
        return t;
    });

    private CorpusOpening() {
    }

    static Corpus open(Path file, String coder) {
        if (Corpus.isBlank(file)) {
            return DefaultCorpus.start(file, coder);
        }
        Corpus corpus = Corpus.open(file, Clock.systemUTC(), LockWait.DEFAULT, false);
        corpus.checkIntactBeside(CHECKS);
        return corpus;
    }
}
