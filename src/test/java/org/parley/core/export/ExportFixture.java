package org.parley.core.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.export.job.ExportJob;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;
import org.parley.core.store.TestCorpus;
import org.parley.core.text.Offsets;

/**
 * A real corpus whose texts hold emoji, flags, Cyrillic, curly quotes and a claim across a line break,
 * with overlapping claims, a memo full of quotation marks and line breaks, and a suggested claim.
 */
public final class ExportFixture {
    static final String EN = "US seeking to wreck entire arms control system — Lavrov 🚀\n\n"
            + "MOSCOW, November 1. /TASS/. “We are not concealing anything,” Lavrov said 🇷🇺🇺🇸. The INF Treaty\n"
            + "is dead, he added, and New START, too.\n";
    static final String RU = "МОСКВА, 1 ноября. /ТАСС/. 😀 Лавров заявил: «США стремятся разрушить систему контроля над вооружениями».\n";
    static final String MEMO = "He said \"no\", then,\nafter a pause, \"yes\"";
    static final int SMALL_DOCS = 10;

    private ExportFixture() {
    }

    public static Corpus create(Path dir) {
        Corpus c = TestCorpus.create(dir);
        DocumentStore docs = new DocumentStore(c);
        long en = docs.add(new NewDocument(EN, new DocumentMeta("US seeking to wreck entire arms control system — Lavrov",
                "TASS", null, "https://tass.com/politics/1086641", new PartialDate("2019-11-01"), "Moscow", "en", null, null,
                null, Map.of("section", "Politics"))), "tester").id();
        long ru = docs.add(new NewDocument(RU, new DocumentMeta("Лавров о контроле над вооружениями", "ТАСС", null, null,
                new PartialDate("2019-11-01"), "Москва", "ru", null, null, null, Map.of())), "tester").id();
        claim(c, en, EN, "US seeking to wreck entire arms control system", "Anna", AnnotationStatus.ACCEPTED, "",
                Map.of("speaker", List.of("Russia"), "target", List.of("United States"), "stance", List.of("accuse"),
                        "treaty", List.of("ABM", "INF")));
        claim(c, en, EN, "arms control system", "Boris", AnnotationStatus.ACCEPTED, "", Map.of("stance", List.of("concern")));
        claim(c, en, EN, "“We are not concealing anything,”", "Anna", AnnotationStatus.ACCEPTED, MEMO,
                Map.of("speaker", List.of("Sergey Lavrov"), "stance", List.of("deny")));
        claim(c, en, EN, "The INF Treaty\nis dead", "Anna", AnnotationStatus.ACCEPTED, "across a line break",
                Map.of("treaty", List.of("INF"), "stance", List.of("report")));
        claim(c, en, EN, "New START", "Anna", AnnotationStatus.SUGGESTED, "", Map.of("treaty", List.of("New START")));
        claim(c, ru, RU, "США стремятся разрушить систему контроля над вооружениями", "Boris", AnnotationStatus.ACCEPTED, "",
                Map.of("speaker", List.of("Sergey Lavrov"), "target", List.of("United States"), "stance", List.of("accuse")));
        for (int i = 1; i <= SMALL_DOCS; i++) {
            String text = "Statement " + i + ": the minister said the talks will continue.\n";
            long id = docs.add(new NewDocument(text, DocumentMeta.titled("Statement " + i)), "tester").id();
            claim(c, id, text, "the talks will continue", "Anna", AnnotationStatus.ACCEPTED, "", Map.of("stance", List.of("commit")));
        }
        return c;
    }

    /** Exports {@code format} as {@code parley export} does (checked, staged, counted by the watch). */
    public static ExportResult export(Corpus corpus, Selection selection, String format, boolean bom, Path out, Split split) {
        return ExportJob.run(corpus, new ExportRequest(ExportFormat.byName(format), selection, bom, split, null, out), new ExportWatch(null));
    }

    /** The same with options (a REFI-QDA project's name, a ClaimReview's reviewer). */
    public static ExportResult export(Corpus corpus, Selection selection, String format, ExportOptions options, Path out) {
        return ExportJob.run(corpus, new ExportRequest(ExportFormat.byName(format), selection, false, null, options, out), new ExportWatch(null));
    }

    static void claim(Corpus c, long doc, String text, String quote, String coder, AnnotationStatus status, String memo,
                      Map<String, List<String>> codes) {
        int at = text.indexOf(quote);
        Offsets o = Offsets.of(text);
        new AnnotationStore(c).add(new NewAnnotation(null, doc, new Span(o.toCodePoint(at), o.toCodePoint(at + quote.length())),
                codes, memo, status, coder));
    }

    /** The folder holding the shared checkers (../shared/tools seen from the project or a parent), if present. */
    static Optional<Path> sharedTools() {
        for (Path p = Path.of("").toAbsolutePath(); p != null && p.getParent() != null; p = p.getParent()) {
            Path tools = p.resolveSibling("shared").resolve("tools");
            if (Files.isRegularFile(tools.resolve("span_check.py"))) {
                return Optional.of(tools);
            }
        }
        return Optional.empty();
    }

    /** Runs python3 with the arguments; returns exit code and output. */
    static String[] python(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        return new String[] {String.valueOf(p.waitFor()), out};
    }

    static boolean hasPython() {
        try {
            return python("-c", "import csv, json")[0].equals("0");
        } catch (Exception e) {
            return false;
        }
    }
}
