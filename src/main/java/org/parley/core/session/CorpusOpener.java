package org.parley.core.session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.config.Places;
import org.parley.core.config.Settings;
import org.parley.core.firstrun.DefaultCorpus;
import org.parley.core.model.Codebook;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.LockWait;

/**
 * How the window opens, creates and migrates a corpus, off the window's thread. An empty file becomes a corpus
 * with the default codebook; any other is opened at once (migrated when older) and its pages are checked beside
 * it (seconds on a 100,000-article corpus), reads going on while writes wait for the verdict, so a damaged file
 * is never written to and the window does not freeze. A new corpus gets the bundled default codebook.
 */
public final class CorpusOpener {
    /** A corpus opened, its codebook as read then, and what the coder should be told about it (null: nothing). */
    public record Opened(OpenCorpus corpus, Codebook codebook, String notice) {
        public Opened {
            if (corpus == null || codebook == null) {
                throw new IllegalArgumentException("an opened corpus and its codebook are needed");
            }
        }
    }

    private static final ExecutorService CHECKS = daemon("parley-page-check");
    private static final ExecutorService OPENING = daemon("parley-open");

    private final String coder;
    private final Executor callbacks;

    /** {@code callbacks}: where answers and the opened corpus's lanes report (the FX thread in the app). */
    public CorpusOpener(String coder, Executor callbacks) {
        this.coder = coder;
        this.callbacks = callbacks;
    }

    /** One daemon thread named {@code name} (the window's background work that is not a job). */
    static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens {@code file} here and now (the app's start, before the window shows). */
    public Opened open(Path file) {
        if (Corpus.isBlank(file)) {
            return opened(DefaultCorpus.start(file, coder), DefaultCorpus.startedNotice(file));
        }
        Corpus corpus = Corpus.open(file, Clock.systemUTC(), LockWait.DEFAULT, false);
        corpus.checkIntactBeside(CHECKS);
        return opened(corpus, null);
    }

    /** A corpus already open (a test's, or one just made) as the window takes it: its lanes and its codebook. */
    public Opened opened(Corpus corpus, String notice) {
        Codebook book;
        try {
            book = new CodebookStore(corpus).load();
        } catch (RuntimeException e) {
            corpus.close();
            throw e;
        }
        return new Opened(OpenCorpus.of(corpus, callbacks), book, notice);
    }

    /** A new corpus at {@code file} with the bundled default codebook, here and now. */
    public Opened create(Path file) {
        Corpus corpus = Corpus.create(file);
        String notice = null;
        try {
            new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), coder);
        } catch (RuntimeException e) {
            notice = "The corpus was made without a codebook: " + e.getMessage();
        }
        return opened(corpus, notice);
    }

    /** The corpus the coder had open last, else the default one (made with the bundled codebook when missing). */
    public Opened openLast(Settings settings, Places places) {
        Path last = settings.lastCorpus().filter(Files::isRegularFile).orElse(null);
        if (last != null) {
            return open(last);
        }
        Path def = places.defaultCorpus();
        if (Files.isRegularFile(def)) {
            return open(def);
        }
        return opened(DefaultCorpus.create(def, coder), null);
    }

    /** Opens {@code file} on the opening thread; {@code done} or {@code failed} hear through the callbacks. */
    public void openInBackground(Path file, Consumer<Opened> done, Consumer<Throwable> failed) {
        inBackground(() -> open(file), done, failed);
    }

    /** Creates {@code file} on the opening thread; {@code done} or {@code failed} hear through the callbacks. */
    public void createInBackground(Path file, Consumer<Opened> done, Consumer<Throwable> failed) {
        inBackground(() -> create(file), done, failed);
    }

    /** {@link #openLast} on the opening thread (the app's start); {@code done} or {@code failed} hear through the callbacks. */
    public void openLastInBackground(Settings settings, Places places, Consumer<Opened> done, Consumer<Throwable> failed) {
        inBackground(() -> openLast(settings, places), done, failed);
    }

    private void inBackground(Callable<Opened> work, Consumer<Opened> done, Consumer<Throwable> failed) {
        OPENING.execute(() -> {
            Opened opened;
            try {
                opened = work.call();
            } catch (Throwable e) {
                callbacks.execute(() -> failed.accept(e));
                return;
            }
            callbacks.execute(() -> done.accept(opened));
        });
    }
}
