package org.parley.core.firstrun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.ingest.Headline;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.core.text.LineBreaks;

/**
 * The corpus a new user starts with: the arms-control codebook and one sample story the project wrote
 * (and may redistribute), so the first claim can be coded within a minute of installing.
 */
public final class DefaultCorpus {
    static final String SAMPLE = "/samples/geneva-talks-sample.txt";

    private DefaultCorpus() {
    }

    public static Corpus create(Path file, String coder) {
        Corpus corpus = start(file, coder);
        try {
            new DocumentStore(corpus).add(sample(), coder);
            return corpus;
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
    }

    /**
     * Makes a new corpus with the default codebook, as {@code parley init} would, where there is nothing or a file that
     * holds nothing yet ({@link Corpus#isBlank}: zero bytes, say, from {@code touch}), so claims can be coded in it at once.
     */
    public static Corpus start(Path blank, String coder) {
        Corpus corpus = Corpus.create(blank);
        try {
            new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), coder);
            return corpus;
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
    }

    /** What a user is told after {@link #start}. */
    public static String startedNotice(Path blank) {
        return blank + " was empty: made it a new corpus with the " + CodebookPresets.DEFAULT + " codebook";
    }

    static NewDocument sample() {
        try (InputStream in = DefaultCorpus.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the sample story is missing from this build");
            }
            String text = LineBreaks.normalise(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new NewDocument(text, new DocumentMeta(Headline.find(text), "Parley Wire (sample)", null, null,
                    new PartialDate("--03-14"), "Geneva", "en", "geneva-talks-sample.txt", null, "UTF-8",
                    Map.of("note", "Written for Parley as a coding example; events and quotations are invented.")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the sample story", e);
        }
    }
}
