package org.parley.core.session;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.parley.core.store.Corpus;

/**
 * The corpus open in the window, and the only door between the window and it. Saves and the reads
 * that must see them go through the ordered {@link SaveLane}; imports, exports and backups through the
 * {@link JobLane} beside it. The window never holds the {@link Corpus} itself: the feature classes of
 * this package (and the job starters of export and import) turn its intents into lane work.
 */
public final class OpenCorpus implements AutoCloseable {
    private final Corpus corpus;
    private final SaveLane saves;
    private final JobLane jobs;

    private OpenCorpus(Corpus corpus, Executor callbacks) {
        this.corpus = corpus;
        this.saves = new SaveLane(callbacks);
        this.jobs = new JobLane(callbacks);
    }

    /** Wraps a corpus already opened (or created) off the FX thread; answers reach {@code callbacks}. */
    public static OpenCorpus of(Corpus corpus, Executor callbacks) {
        return new OpenCorpus(corpus, callbacks);
    }

    public Path file() {
        return corpus.file();
    }

    public SaveLane saves() {
        return saves;
    }

    public JobLane jobs() {
        return jobs;
    }

    /** A save on the ordered lane (core code only: the window calls the feature classes). */
    public <T> void save(String what, CorpusWork<T> work, Consumer<? super T> done) {
        saves.save(what, () -> work.run(corpus), done);
    }

    /** A read on the ordered lane, after every save made before it. */
    public <T> void read(String what, CorpusWork<T> work, Consumer<? super T> done, Consumer<Throwable> failed) {
        saves.read(what, () -> work.run(corpus), done, failed);
    }

    /** A job on the jobs lane. */
    public <T> RunningJob startJob(String name, CorpusJob<T> job, JobWatcher<T> watcher) {
        return jobs.start(name, control -> job.run(corpus, control), watcher);
    }

    /**
     * Closes the corpus: running jobs are cancelled and waited for, saves still queued are run first
     * (up to {@code limit}); the window asks about kept saves before it calls this.
     */
    public void close(Duration limit) {
        jobs.cancelAll(limit);
        saves.settle(limit);
        saves.close();
        jobs.close();
        corpus.close();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }
}
