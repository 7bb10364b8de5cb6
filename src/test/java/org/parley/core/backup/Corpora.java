package org.parley.core.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parley.core.config.ChildJvm;
import org.parley.core.store.Corpus;
import org.parley.core.store.TestCorpus;

/** Corpora for the backup and restore tests, and a second process holding one open. */
final class Corpora {
    private Corpora() {
    }

    /** A closed corpus at {@code dir/test.parley} with {@code documents} texts. */
    static Path withDocuments(Path dir, int documents) {
        try (Corpus c = TestCorpus.create(dir)) {
            for (int i = 0; i < documents; i++) {
                TestCorpus.addText(c, "Document " + i, "Moscow, 1 November. Text " + i + " about arms control. " + "word ".repeat(200 + i));
            }
            return c.file();
        }
    }

    /** {@link CorpusHolder} in a child JVM, started and ready (the corpus is open there). */
    static Process holding(Path dir, Path corpus, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of(corpus.toString()));
        args.addAll(List.of(more));
        Process p = ChildJvm.program(dir, Map.of(), List.of(), CorpusHolder.class.getName(), args.toArray(String[]::new)).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder said = new StringBuilder();
        for (String line = out.readLine(); !"ready".equals(line); line = out.readLine()) {
            assertThat(line).as("the holder did not start: " + said).isNotNull();
            said.append(line).append('\n');
        }
        return p;
    }
}
