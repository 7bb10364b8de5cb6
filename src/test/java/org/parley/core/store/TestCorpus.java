package org.parley.core.store;

import java.nio.file.Path;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.DocumentMeta;

/** Real corpus files for tests, made with the bundled arms-control codebook. */
public final class TestCorpus {
    private TestCorpus() {
    }

    public static Corpus create(Path dir) {
        Corpus c = Corpus.create(dir.resolve("test.parley"));
        new CodebookStore(c).merge(CodebookPresets.preset("arms-control"), "tester");
        return c;
    }

    public static long addText(Corpus c, String title, String text) {
        return new DocumentStore(c).add(new NewDocument(text, DocumentMeta.titled(title)), "tester").id();
    }
}
