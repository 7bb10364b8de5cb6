package org.parley.core.ingest.qdpx;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.store.Corpus;
import org.parley.core.store.StorageException;

/**
 * Any bytes imported as a .qdpx project give documents and claims, or one of the failures BatchImport
 * reports as the file's reason (ProjectRefused, IllegalArgumentException, StorageException) with a one-line
 * message: never another exception, never a hang. Seeds in {@code QdpxFuzzTestInputs/project/};
 * {@code mvn -Pfuzz test -Dfuzz.test=QdpxFuzzTest} fuzzes it.
 */
class QdpxFuzzTest {
    private static Path dir;
    private static Corpus corpus;

    private static synchronized Corpus corpus() throws IOException {
        if (corpus == null) {
            dir = Files.createTempDirectory("parley-qdpx-fuzz");
            corpus = Corpus.create(dir.resolve("fuzz.parley"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                corpus.close();
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder left behind
                }
            }));
        }
        return corpus;
    }

    @FuzzTest(maxDuration = "3m")
    void project(byte[] data) {
        try {
            Path file = Files.write(Files.createTempFile(corpus() == null ? null : dir, "fuzz", ".qdpx"), data);
            try {
                new QdpxImport(corpus(), "fuzz").run(file);
            } catch (ProjectRefused | IllegalArgumentException | StorageException e) {
                String m = e.getMessage();
                if (m == null || m.isBlank() || m.contains("\n")) {
                    throw new AssertionError("an import failure needs a one-line message, not: " + m, e);
                }
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
