package org.parley.cli;

import org.parley.core.bench.Benchmark;

/** Every benchmark section Parley has; features add theirs here. */
final class BenchSections {
    private BenchSections() {
    }

    static Benchmark all() {
        return new Benchmark();
    }
}
