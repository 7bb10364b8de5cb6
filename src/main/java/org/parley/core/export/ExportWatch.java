package org.parley.core.export;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Follows one running export: counts the documents and claims read so far and stops the export before
 * its next document once cancelled ({@link ExportCancelledException}). One watch serves every part of
 * a split, so its counts run over the whole export. The export runs on one thread; a window may read
 * the counts and cancel from another.
 */
public final class ExportWatch {
    /** Told after each document: how many are done and how many the selection holds. */
    @FunctionalInterface
    public interface Listener {
        void progress(int documentsDone, int documentsTotal);
    }

    private final Listener listener;
    private final AtomicBoolean cancelled;
    private final AtomicInteger documents = new AtomicInteger();
    private final AtomicInteger claims = new AtomicInteger();
    private volatile int total;

    public ExportWatch(Listener listener) {
        this(listener, new AtomicBoolean());
    }

    /** A watch stopped by {@code cancelled} (a job's cancel flag) as well as by {@link #cancel()}. */
    public ExportWatch(Listener listener, AtomicBoolean cancelled) {
        this.listener = listener == null ? (done, all) -> { } : listener;
        this.cancelled = cancelled;
    }

    /** Asks the export to stop before its next document; what it wrote so far is then thrown away by its caller. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** The number of documents the whole export will read. */
    public void expect(int documentsTotal) {
        total = documentsTotal;
        listener.progress(documents.get(), total);
    }

    /** Documents read so far (over all parts of a split). */
    public int documents() {
        return documents.get();
    }

    /** Selected claims read so far; a format may write fewer (see its notes). */
    public int claims() {
        return claims.get();
    }

    void beforeDocument() {
        if (cancelled.get()) {
            throw new ExportCancelledException();
        }
    }

    void afterDocument(DocumentRow row) {
        claims.addAndGet(row.claims().size());
        listener.progress(documents.incrementAndGet(), total);
    }
}
