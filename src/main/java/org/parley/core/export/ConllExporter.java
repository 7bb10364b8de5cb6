package org.parley.core.export;

import java.io.BufferedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.core.model.Annotation;

/**
 * {@code conll}: CoNLL-style IOB2, one token per line ({@code token TAB tag}), a blank line between
 * sentences (except where a kept claim runs on across the sentence break, so no span is cut), a {@code -DOCSTART-} line before each document. Tags come from the label dimension
 * ({@code B-accuse}, {@code I-accuse}, {@code O}). Tokens: {@link Tokenizer}. A token touched by a claim
 * belongs to it, even when the claim starts or ends inside the token.
 *
 * <p>Tokens carry one tag, so overlapping claims cannot all be kept: the rule is longest claim first,
 * then earliest start; a claim that shares a token with one already kept is dropped, as is a claim
 * that covers no token. Every dropped claim is listed, with its reason, in {@code FILE.dropped.tsv}
 * beside the output, and counted in the result.
 */
public final class ConllExporter implements ExportWriter {
    static final String DOCSTART = "-DOCSTART-";

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        Labels labels = Labels.of(source.codebook(), source.selection().label());
        Path droppedFile = out.resolveSibling(out.getFileName() + ".dropped.tsv");
        int[] n = new int[2]; // dropped, with several labels
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16);
             Writer dropped = Files.newBufferedWriter(droppedFile, StandardCharsets.UTF_8)) {
            dropped.write("claim_uuid\tdocument_id\tstart\tend\tlabel\treason\n");
            source.forEach(row -> {
                List<List<Tokenizer.Token>> sentences = Tokenizer.sentences(row.document().text(), row.document().meta().language());
                List<Tokenizer.Token> tokens = new ArrayList<>();
                sentences.forEach(tokens::addAll);
                Map<Integer, String> tags = new HashMap<>();
                List<Annotation> order = new ArrayList<>(row.claims());
                order.sort(Comparator.comparingInt((Annotation c) -> c.start() - c.end()).thenComparingInt(Annotation::start)
                        .thenComparing(Annotation::uuid));
                for (Annotation c : order) {
                    String label = labels.first(c);
                    if (labels.all(c).size() > 1) {
                        n[1]++;
                    }
                    List<Integer> covered = covered(tokens, c);
                    String reason = covered.isEmpty() ? "covers no token"
                            : covered.stream().anyMatch(tags::containsKey) ? "overlaps a longer or earlier claim" : null;
                    if (reason != null) {
                        dropped.write(c.uuid() + "\t" + row.document().id() + "\t" + c.start() + "\t" + c.end() + "\t"
                                + label + "\t" + reason + "\n");
                        n[0]++;
                        continue;
                    }
                    for (int k = 0; k < covered.size(); k++) {
                        tags.put(covered.get(k), (k == 0 ? "B-" : "I-") + tag(label));
                    }
                }
                w.write(DOCSTART + "\tO\n\n");
                int index = 0;
                for (List<Tokenizer.Token> sentence : sentences) {
                    for (Tokenizer.Token t : sentence) {
                        w.write(t.text() + "\t" + tags.getOrDefault(index++, "O") + "\n");
                    }
                    if (!tags.getOrDefault(index, "O").startsWith("I-")) {
                        w.write("\n");
                    }
                }
            });
        }
        List<String> notes = new ArrayList<>();
        notes.add(n[0] + " claim(s) dropped (overlap: longest first, then earliest), listed in " + droppedFile);
        if (n[1] > 0) {
            notes.add(n[1] + " claim(s) had several labels; the first in codebook order was used");
        }
        return new Written(n[0], notes, List.of(out.toString(), droppedFile.toString()));
    }

    /** Indexes of the tokens that overlap the claim, in order (tokens are sorted by start). */
    private static List<Integer> covered(List<Tokenizer.Token> tokens, Annotation c) {
        List<Integer> out = new ArrayList<>();
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= c.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        for (int i = lo; i < tokens.size() && tokens.get(i).start() < c.end(); i++) {
            out.add(i);
        }
        return out;
    }

    /** Tags hold no white space of any kind, no-break spaces included (CoNLL columns are split on it). */
    static String tag(String label) {
        return Arrays.stream(Tokenizer.SPACES.split(label)).filter(w -> !w.isEmpty()).collect(Collectors.joining("_"));
    }
}
