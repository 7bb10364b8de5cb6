package org.parley.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;
import org.parley.core.store.TestCorpus;

/** The jobs lane with its real threads: cancel, progress told at most ~20 times a second, failures kept to the job. */
class JobLaneTest {
    @TempDir
    Path dir;

    /** Records what a watcher hears and when the end came. */
    private static final class Watch<T> implements JobWatcher<T> {
        final AtomicInteger progress = new AtomicInteger();
        final List<String> ends = new CopyOnWriteArrayList<>();
        final CountDownLatch ended = new CountDownLatch(1);
        volatile Progress last;

        @Override
        public void progress(Progress p) {
            progress.incrementAndGet();
            last = p;
        }

        @Override
        public void done(T result) {
            ends.add("done " + result);
            ended.countDown();
        }

        @Override
        public void failed(Throwable error) {
            ends.add("failed " + error.getMessage());
            ended.countDown();
        }

        @Override
        public void cancelled() {
            ends.add("cancelled");
            ended.countDown();
        }

        void await() throws InterruptedException {
            assertThat(ended.await(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aCancelledJobStopsAtItsNextStepAndIsToldOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (JobLane lane = new JobLane(Runnable::run)) {
                Watch<String> watch = new Watch<>();
                CountDownLatch started = new CountDownLatch(1);
                RunningJob job = lane.start("endless", control -> {
                    started.countDown();
                    while (true) {
                        control.stopIfCancelled();
                        Thread.sleep(1);
                    }
                }, watch);
                started.await();
                job.cancel();
                watch.await();
                assertThat(job.await(Duration.ofSeconds(5))).isTrue();
                Thread.sleep(100);
                assertThat(watch.ends).containsExactly("cancelled");
            }
        });
    }

    @Test
    void aMillionProgressReportsReachTheWatcherAtMostAboutTwentyTimesASecond() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (JobLane lane = new JobLane(Runnable::run)) {
                Watch<Long> watch = new Watch<>();
                long t0 = System.nanoTime();
                lane.start("count", control -> {
                    for (long i = 1; i <= 1_000_000; i++) {
                        control.progress(i, 1_000_000, "counting");
                    }
                    return 1_000_000L;
                }, watch);
                watch.await();
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(watch.ends).containsExactly("done 1000000");
                assertThat(watch.progress.get()).isLessThanOrEqualTo((int) Math.ceil(seconds * 20) + 2);
            }
        });
    }

    @Test
    void aFailingJobDoesNotStopTheSaves() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Corpus c = TestCorpus.create(dir);
            long doc = TestCorpus.addText(c, "t", "some text");
            try (OpenCorpus open = OpenCorpus.of(c, Runnable::run)) {
                Watch<Object> watch = new Watch<>();
                open.startJob("broken export", (corpus, control) -> {
                    throw new IllegalStateException("the export broke");
                }, watch);
                watch.await();
                assertThat(watch.ends).containsExactly("failed the export broke");

                CompletableFuture<Boolean> exists = new CompletableFuture<>();
                open.save("a save after the failure", corpus -> "saved", x -> { });
                new DocumentReading(open).exists(doc, exists::complete, exists::completeExceptionally);
                assertThat(exists.get(10, TimeUnit.SECONDS)).isTrue();
                assertThat(open.saves().settle(Duration.ofSeconds(5))).isTrue();
                assertThat(open.saves().status().saved()).isTrue();
            }
        });
    }
}
