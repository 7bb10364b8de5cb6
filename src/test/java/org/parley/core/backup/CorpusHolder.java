package org.parley.core.backup;

import java.nio.file.Path;
import org.parley.core.store.Corpus;
import org.parley.core.store.TestCorpus;

/**
 * A second program for tests, run in a child JVM: opens the corpus given, optionally adds documents with the
 * log never written into the file ({@code write N}: bulk mode, as an import holds it), prints "ready" and keeps
 * the corpus open until its input closes or it is killed.
 */
public final class CorpusHolder {
    private CorpusHolder() {
    }

    public static void main(String[] args) throws Exception {
        Corpus corpus = Corpus.open(Path.of(args[0]));
        if (args.length > 2 && args[1].equals("write")) {
            corpus.bulk(true);
            for (int i = 0; i < Integer.parseInt(args[2]); i++) {
                TestCorpus.addText(corpus, "written by the holder " + i, "A text only the holder wrote, number " + i + ".");
            }
        }
        System.out.println("ready");
        System.out.flush();
        System.in.read();
        corpus.close();
    }
}
