package org.parley.core.session;

/** Thrown inside a job by {@link JobControl#stopIfCancelled()} once Cancel was pressed. */
public final class JobCancelledException extends RuntimeException {
    public JobCancelledException() {
        super("cancelled");
    }
}
