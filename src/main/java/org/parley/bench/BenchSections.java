package org.parley.bench;

/** Every benchmark section Parley has, listed here and nowhere else; a feature adds its section here. */
final class BenchSections {
    private BenchSections() {
    }

    static Benchmark all() {
        return new Benchmark()
                .with(new ExportBench())
                .with(new ExchangeBench())
                .with(new HtmlBench())
                .with(new UiBench())
                .with(new SaveBench());
    }
}
