package org.parley.bench;

/**
 * One benchmark figure beside its bare baseline measured in the same run. {@code ratio} is Parley's
 * value divided by the baseline's (lower is better); units are milliseconds unless {@code unit} says.
 */
public record Comparison(String name, String unit, double value, double baseline) {
    public double ratio() {
        return baseline == 0 ? Double.NaN : value / baseline;
    }
}
