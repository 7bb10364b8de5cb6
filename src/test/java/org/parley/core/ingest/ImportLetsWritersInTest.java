package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;
import org.parley.core.store.LockWait;
import org.parley.core.store.TestCorpus;

/** A long import yields the lock after each chunk and names itself in the corpus while it runs. */
class ImportLetsWritersInTest {
    @TempDir
    Path dir;

    @Test
    void aClaimIsSavedWhileALongImportRuns() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("wire"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(folder.resolve(String.format("a-%04d.txt", i)), "Headline " + i + "\n\nThe talks went on, day " + i + ".");
        }
        Path f;
        try (Corpus c = TestCorpus.create(dir)) {
            f = c.file();
        }
        try (Corpus importing = Corpus.open(f); Corpus coding = Corpus.open(f, new LockWait(Duration.ofSeconds(30), m -> { }))) {
            CompletableFuture<ImportSummary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return new BatchImport(importing, "tester", Importers.all(), 10).run(List.of(folder), ImportProgress.NONE, new AtomicBoolean());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!recorded(coding) && !run.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            assertThat(recorded(coding)).as("the import names itself in the corpus").isTrue();
            TestCorpus.addText(coding, "coded meanwhile", "a text saved while the import runs");
            assertThat(run.isDone()).as("the claim was saved between two chunks, not after the import").isFalse();
            assertThat(run.get(60, TimeUnit.SECONDS).imported()).hasSize(3000);
            assertThat(recorded(coding)).as("the record is gone when the import ends").isFalse();
        }
    }

    private static boolean recorded(Corpus c) {
        return c.read("look for the import's record", conn -> {
            try (ResultSet rs = conn.createStatement().executeQuery("SELECT count(*) FROM corpus_info WHERE key = 'long_write'")) {
                return rs.getInt(1) > 0;
            }
        });
    }
}
