package org.parley.bench;

import java.util.Arrays;

/** Percentiles of measured latencies. */
public final class Stats {
    private Stats() {
    }

    /** The p-th percentile (0..100) by the nearest-rank rule. */
    public static double percentile(double[] values, double p) {
        double[] s = values.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100.0 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))];
    }

    public static double median(double[] values) {
        return percentile(values, 50);
    }

    /** {@code a} followed by {@code b}. */
    static double[] concat(double[] a, double[] b) {
        double[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
