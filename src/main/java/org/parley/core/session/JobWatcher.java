package org.parley.core.session;

/** Hears how a job goes, always through the lane's callbacks executor (the FX thread in the app). */
public interface JobWatcher<T> {
    /** At most about 20 times a second, with the latest progress only. */
    default void progress(Progress progress) {
    }

    void done(T result);

    void failed(Throwable error);

    /** The job stopped because it was cancelled. */
    default void cancelled() {
    }
}
