package org.parley.crash;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.NewAnnotation;

/**
 * The child process of {@link KillDuringSavesTest}: saves claims on document 1 of the corpus as fast as it can and
 * prints each one's uuid once its save has returned, which is when the app would show it as saved.
 */
public final class ClaimSaver {
    private ClaimSaver() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Corpus corpus = Corpus.open(Path.of(args[0]))) {
            AnnotationStore claims = new AnnotationStore(corpus);
            out.println("ready");
            for (int i = 0; ; i++) {
                String uuid = java.util.UUID.randomUUID().toString();
                int start = i % 40;
                claims.add(new NewAnnotation(uuid, 1, new Span(start, start + 5), Map.of("stance", List.of("accuse")),
                        "saved " + i, AnnotationStatus.ACCEPTED, "crash test"));
                out.println(uuid);
            }
        }
    }
}
