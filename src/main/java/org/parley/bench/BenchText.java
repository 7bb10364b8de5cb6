package org.parley.bench;

import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;

/** A long transcript-like document (English and Russian paragraphs) and many coded claims over it. */
final class BenchText {
    private static final String[] SENTENCES = {
            "The United States seems to be seeking to break down the entire system of strategic stability, the minister said.",
            "Moscow is not rejecting a dialogue with Washington on new weapons, the top Russian diplomat continued.",
            "США стремятся разрушить всю систему контроля над вооружениями, заявил Сергей Лавров.",
            "«Мы ничего не скрываем», — подчеркнул министр иностранных дел России.",
            "If China agrees, we will only be happy to expand the format of our consultations and negotiations.",
    };

    private BenchText() {
    }

    static String document(int chars, Random random) {
        StringBuilder b = new StringBuilder(chars + 200);
        while (b.length() < chars) {
            int n = 3 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                b.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            b.setLength(b.length() - 1);
            b.append("\n\n");
        }
        return b.toString().strip();
    }

    /** Stores the document and {@code claims} claims (some overlapping) in one transaction; answers its id. */
    static long fill(Corpus corpus, String text, int claims, Random random) {
        List<Code> stances = List.of(new Code(0, Ids.newUuid(), "accuse", "#ff8a8a", "a", "", List.of(), null),
                new Code(0, Ids.newUuid(), "deny", "#8ac6ff", "d", "", List.of(), null),
                new Code(0, Ids.newUuid(), "support", "#9be59b", "s", "", List.of(), null));
        new CodebookStore(corpus).merge(new Codebook("bench", "", List.of(
                new Dimension(0, Ids.newUuid(), "stance", DimensionKind.SINGLE, "stances", "")), Map.of("stances", stances)), "bench");
        corpus.bulk(true);
        try {
            return corpus.write("fill bench corpus", c -> {
                long id = DocumentStore.insert(c, corpus.now(), new NewDocument(text, DocumentMeta.titled("bench")), "bench").id();
                int length = text.codePointCount(0, text.length());
                int step = length / claims;
                for (int i = 0; i < claims; i++) {
                    int start = i * step + random.nextInt(Math.max(1, step / 2));
                    int end = Math.min(length, start + 20 + random.nextInt(step + 40));
                    AnnotationStore.insert(c, corpus.now(), new NewAnnotation(null, id, new Span(start, end),
                            Map.of("stance", List.of(stances.get(i % 3).name())), "", AnnotationStatus.ACCEPTED, "bench"));
                }
                return id;
            });
        } finally {
            corpus.bulk(false);
        }
    }
}
