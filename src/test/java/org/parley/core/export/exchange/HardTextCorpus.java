package org.parley.core.export.exchange;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;

/**
 * A fact-check corpus whose texts hold emoji, flags (two code points each), Cyrillic, curly and angle
 * quotes, and a claim across a line break: the texts that expose UTF-16 offsets and CR/LF confusion.
 */
public final class HardTextCorpus {
    public static final String TASS = "MOSCOW, November 1. /TASS/. 🚀 “The US is seeking to wreck the entire arms control "
            + "system,” Lavrov said.\nЛавров заявил: «Россия готова продлить ДСНВ»,\nand added that 🇷🇺 will not “be the first” to leave.\n";
    public static final String WIRE = "😀😀 Washington 🇺🇸 said: “we support the INF”. Москва — нет.";
    public static final String LAVROV = "“The US is seeking to wreck the entire arms control system,”";
    public static final String ACROSS = "«Россия готова продлить ДСНВ»,\nand added that 🇷🇺 will not “be the first”";
    public static final String RUSSIAN = "Россия готова продлить ДСНВ";
    public static final String SUPPORT = "we support the INF";

    private HardTextCorpus() {
    }

    public static Corpus create(Path dir) {
        Corpus c = Corpus.create(dir.resolve("hard.parley"));
        new CodebookStore(c).merge(CodebookPresets.preset("fact-check"), "tester");
        DocumentStore docs = new DocumentStore(c);
        long tass = docs.add(new NewDocument(TASS, new DocumentMeta("Lavrov on arms control", "TASS", null,
                "https://tass.com/politics/1086995", new PartialDate("2019-11-01"), "Moscow", "en", null, null, null, null)),
                "tester").id();
        long wire = docs.add(new NewDocument(WIRE, DocumentMeta.titled("Wire 🇺🇸")), "tester").id();
        AnnotationStore claims = new AnnotationStore(c);
        claims.add(claim(tass, TASS, LAVROV, "Ana", "check the date 📅", Map.of("speaker", List.of("Sergey Lavrov"),
                "target", List.of("United States"), "stance", List.of("accuse"), "treaty", List.of("New START", "INF"),
                "verdict", List.of("Mostly false"), "explanation", List.of("The US said it would keep the treaty."))));
        claims.add(claim(tass, TASS, RUSSIAN, "Ana", "", Map.of("speaker", List.of("Russia"),
                "stance", List.of("commit"), "treaty", List.of("New START"), "verdict", List.of("Unverifiable"))));
        claims.add(claim(tass, TASS, ACROSS, "Борис", "", Map.of("speaker", List.of("Russia"),
                "target", List.of("United States"), "stance", List.of("warn"), "treaty", List.of("New START"))));
        claims.add(claim(wire, WIRE, SUPPORT, "Ana", "", Map.of("speaker", List.of("United States"),
                "target", List.of("Russia"), "stance", List.of("support"), "treaty", List.of("INF"))));
        return c;
    }

    /** The span of {@code quote} in {@code text}, in code points. */
    public static Span span(String text, String quote) {
        int u = text.indexOf(quote);
        if (u < 0) {
            throw new IllegalArgumentException("not in the text: " + quote);
        }
        int start = text.codePointCount(0, u);
        return new Span(start, start + quote.codePointCount(0, quote.length()));
    }

    private static NewAnnotation claim(long doc, String text, String quote, String coder, String memo,
                                       Map<String, List<String>> codes) {
        return new NewAnnotation(null, doc, span(text, quote), new LinkedHashMap<>(codes), memo, AnnotationStatus.ACCEPTED, coder);
    }
}
