package org.parley.core.session;

/** How far a job is: {@code done} of {@code total} steps (total 0 or less: not known yet), and what it is doing. */
public record Progress(long done, long total, String text) {
    public Progress {
        if (done < 0) {
            throw new IllegalArgumentException("done must not be negative: " + done);
        }
        text = text == null ? "" : text;
    }

    /** 0..1, or -1 while the total is not known. */
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
