package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.DocumentMeta;

/** The app's way of checking a big corpus on opening: reads go on, writes wait for the check and its verdict. */
class CheckBesideTest {
    @TempDir
    Path dir;

    @Test
    void writesWaitForTheCheckWhileReadsGoOn() throws Exception {
        Path file = dir.resolve("c.parley");
        Corpus.create(file).close();
        try (Corpus corpus = Corpus.open(file, Clock.systemUTC(), LockWait.DEFAULT, false)) {
            CountDownLatch release = new CountDownLatch(1);
            var gate = Executors.newSingleThreadExecutor();
            gate.submit(() -> release.await(10, TimeUnit.SECONDS)); // the check queues behind this
            CompletableFuture<Void> check = corpus.checkIntactBeside(gate);
            assertThat(new DocumentStore(corpus).count()).isZero(); // a read does not wait
            CompletableFuture<?> write = CompletableFuture.runAsync(() -> new DocumentStore(corpus)
                    .add(new NewDocument("Lavrov said so.", DocumentMeta.titled("t")), "anna"));
            Thread.sleep(200);
            assertThat(write).isNotDone();
            release.countDown();
            write.get(10, TimeUnit.SECONDS);
            assertThat(check).isDone();
            assertThat(new DocumentStore(corpus).count()).isEqualTo(1);
            gate.shutdown();
        }
    }

    @Test
    void aDamagedCorpusRefusesTheWritesThatWaited() throws Exception {
        Path file = dir.resolve("d.parley");
        BadCorpusFiles.filled(file);
        BadCorpusFiles.overwriteDocumentPages(file, 3);
        try (Corpus corpus = Corpus.open(file, Clock.systemUTC(), LockWait.DEFAULT, false)) {
            var gate = Executors.newSingleThreadExecutor();
            corpus.checkIntactBeside(gate);
            assertThatThrownBy(() -> new DocumentStore(corpus).add(new NewDocument("x y z", DocumentMeta.titled("t")), "anna"))
                    .isInstanceOf(CorpusDamagedException.class).hasMessageContaining("the corpus is damaged");
            gate.shutdown();
        }
    }
}
