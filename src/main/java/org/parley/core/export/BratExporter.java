package org.parley.core.export;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.Annotation;

/**
 * {@code brat}: brat standoff in a folder: {@code doc-ID.txt} (the stored text) and {@code doc-ID.ann}
 * per document, and {@code annotation.conf} ({@link BratConf}). Each claim is a text-bound annotation
 * {@code T1 TAB accuse START END TAB quote} typed by its label; a claim across line breaks is written as
 * fragments, one per line it touches ({@code T1 accuse 10 20;21 30}, the quote's pieces joined by a
 * space, as brat writes them). Other coded dimensions become attributes ({@code A1 TAB speaker T1
 * Russia}; each code of a multi-valued dimension a binary attribute {@code treaty_INF}); the memo,
 * free-text dimensions and any further label go into an {@code AnnotatorNotes} line. Names are written
 * with {@code _} for characters brat does not allow in a type (spaces, punctuation).
 */
public final class BratExporter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        Codebook book = source.codebook();
        Labels labels = Labels.of(book, source.selection().label());
        Files.createDirectories(out);
        Files.writeString(out.resolve("annotation.conf"), BratConf.of(book, labels.dimension()), StandardCharsets.UTF_8);
        int[] dropped = {0};
        source.forEach(row -> {
            String base = "doc-" + row.document().id();
            Files.writeString(out.resolve(base + ".txt"), row.document().text(), StandardCharsets.UTF_8);
            try (Writer w = new BufferedWriter(Files.newBufferedWriter(out.resolve(base + ".ann"), StandardCharsets.UTF_8))) {
                int t = 0;
                int a = 0;
                int note = 0;
                for (Annotation c : row.claims()) {
                    List<int[]> fragments = fragments(c);
                    if (fragments.isEmpty()) {
                        dropped[0]++;
                        continue;
                    }
                    String id = "T" + (++t);
                    w.write(id + "\t" + BratConf.name(labels.first(c)) + " " + ranges(fragments) + "\t" + text(c, fragments) + "\n");
                    List<String> notes = new ArrayList<>();
                    if (!c.memo().isBlank()) {
                        notes.add(c.memo());
                    }
                    List<String> labelCodes = labels.all(c);
                    if (labelCodes.size() > 1) {
                        notes.add("also " + labels.dimension().name() + ": " + String.join("; ", labelCodes.subList(1, labelCodes.size())));
                    }
                    for (Dimension d : book.dimensions()) {
                        List<String> codes = c.codesOf(d.name());
                        if (d.name().equals(labels.dimension().name()) || codes.isEmpty()) {
                            continue;
                        }
                        if (d.kind() == DimensionKind.TEXT) {
                            notes.add(d.name() + ": " + String.join("; ", codes));
                        } else if (d.kind() == DimensionKind.SINGLE) {
                            w.write("A" + (++a) + "\t" + BratConf.name(d.name()) + " " + id + " " + BratConf.name(codes.get(0)) + "\n");
                        } else {
                            for (String code : codes) {
                                w.write("A" + (++a) + "\t" + BratConf.binary(d.name(), code) + " " + id + "\n");
                            }
                        }
                    }
                    if (!notes.isEmpty()) {
                        w.write("#" + (++note) + "\tAnnotatorNotes " + id + "\t"
                                + String.join(" | ", notes).replaceAll("\\s+", " ").strip() + "\n");
                    }
                }
            }
        });
        List<String> notes = dropped[0] == 0 ? List.of() : List.of(dropped[0] + " claim(s) of line breaks only were left out");
        return new Written(dropped[0], notes, List.of(out.toString()));
    }

    /** The claim's pieces between line breaks, as code point ranges; empty pieces are left out. */
    static List<int[]> fragments(Annotation c) {
        List<int[]> out = new ArrayList<>();
        int from = c.start();
        int cp = c.start();
        String q = c.quote();
        for (int i = 0; i < q.length(); i += Character.charCount(q.codePointAt(i)), cp++) {
            if (q.charAt(i) == '\n') {
                if (cp > from) {
                    out.add(new int[] {from, cp});
                }
                from = cp + 1;
            }
        }
        if (c.end() > from) {
            out.add(new int[] {from, c.end()});
        }
        return out;
    }

    private static String ranges(List<int[]> fragments) {
        List<String> parts = new ArrayList<>();
        fragments.forEach(f -> parts.add(f[0] + " " + f[1]));
        return String.join(";", parts);
    }

    private static String text(Annotation c, List<int[]> fragments) {
        int[] cps = c.quote().codePoints().toArray();
        List<String> parts = new ArrayList<>();
        for (int[] f : fragments) {
            parts.add(new String(cps, f[0] - c.start(), f[1] - f[0]));
        }
        return String.join(" ", parts);
    }
}
