package org.parley.cli;

import org.parley.core.bench.Benchmark;

/** Every benchmark section Parley has; features add theirs here. */
final class BenchSections {
    private BenchSections() {
    }

    static Benchmark all() {
        Benchmark bench = new Benchmark().with(new org.parley.core.export.ExportBench());
        bench.with(new org.parley.core.export.exchange.ExchangeBench());
        bench.with(new org.parley.bench.HtmlBench());
        // sections outside the CLI's layer (the app's "ui") register as services, so cli never imports them
        java.util.ServiceLoader.load(Benchmark.Section.class).forEach(bench::with);
        return bench;
    }
}
