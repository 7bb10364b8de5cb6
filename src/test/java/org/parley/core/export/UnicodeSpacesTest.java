package org.parley.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;

/** Pages saved from the web are full of no-break and thin spaces: in token-per-line exports they only ever separate tokens. */
class UnicodeSpacesTest {
    /** Every space Python's str.split (so NLTK) splits on, between words and doubled before a mark. */
    static final String TEXT = "The\u00A0treaty\u2009is\u202Fdead,\u3000Lavrov\u205Fsaid\u2003today\u00A0\u00A0. "
            + "Some\u20001\u202F000\u2007missiles\u200Aremain\u1680in\u2028Europe\u0085now\u2029too\u2002\u2004\u2005\u2006\u2008.\n";
    static final List<String> WORDS = List.of("The", "treaty", "is", "dead", ",", "Lavrov", "said", "today", ".",
            "Some", "1", "000", "missiles", "remain", "in", "Europe", "now", "too", ".");

    @TempDir
    Path dir;

    @Test
    void everyUnicodeSpaceSeparatesTokensAndIsNeverOne() {
        List<String> tokens = new ArrayList<>();
        Tokenizer.sentences(TEXT, "en").forEach(s -> s.forEach(t -> {
            tokens.add(t.text());
            assertThat(TEXT.codePoints().skip(t.start()).limit(t.end() - t.start())
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                    .as("offsets in code points").isEqualTo(t.text());
        }));
        assertThat(tokens).containsExactlyElementsOf(WORDS);
        assertThat(ConllExporter.tag(" Mostly\u00A0\u202Ffalse\u3000")).isEqualTo("Mostly_false");
    }

    @Test
    void nltksConllReaderReadsTheExportWithTheSameTokensAndTags() throws Exception {
        String python = pythonWithNltk();
        assumeTrue(python != null, "needs NLTK for python3 (apt-get install -y python3-nltk)");
        Path out = dir.resolve("spaces.conll");
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            new CodebookStore(c).merge(CodebookPresets.preset("fact-check"), "tester");
            long id = new DocumentStore(c).add(new NewDocument(TEXT, DocumentMeta.titled("Spaces")), "tester").id();
            ExportFixture.claim(c, id, TEXT, "Lavrov\u205Fsaid\u2003today", "Ana", AnnotationStatus.ACCEPTED, "",
                    Map.of("stance", List.of("accuse")));
            ExportFixture.export(c, Selection.all(), "conll", false, out, null);
        }
        String script = """
                import sys
                from nltk.corpus.reader import ConllCorpusReader
                r = ConllCorpusReader(sys.argv[1], [sys.argv[2]], ('words', 'pos'), encoding='utf-8')
                for word, tag in r.tagged_words():
                    print(word + '|' + tag)
                """;
        String[] r = run(python, "-c", script, dir.toString(), out.getFileName().toString());
        assertThat(r[0]).as(r[1]).isEqualTo("0");
        List<String> expected = new ArrayList<>(); // NLTK leaves out -DOCSTART- lines
        for (String w : WORDS) {
            expected.add(w + "|" + switch (w) {
                case "Lavrov" -> "B-accuse";
                case "said", "today" -> "I-accuse";
                default -> "O";
            });
        }
        assertThat(r[1].lines().toList()).containsExactlyElementsOf(expected);
        assertThat(Files.readString(out)).doesNotContain("\u00A0");
    }

    /** The python3 on the PATH, or Debian's when another one (pyenv, a venv) comes first and lacks python3-nltk. */
    private static String pythonWithNltk() {
        for (String p : List.of("python3", "/usr/bin/python3")) {
            try {
                if (run(p, "-c", "import nltk.corpus.reader")[0].equals("0")) {
                    return p;
                }
            } catch (Exception e) {
                // not there: try the next
            }
        }
        return null;
    }

    private static String[] run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", cmd));
        }
        return new String[] {String.valueOf(p.exitValue()), out};
    }
}
