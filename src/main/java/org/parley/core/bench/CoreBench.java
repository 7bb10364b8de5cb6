package org.parley.core.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.SearchIndex;

/** The corpus core's figures: import, durable claim save, and search, each beside its baseline. */
final class CoreBench {
    static final int SAVES = 300;
    static final int SEARCH_REPEATS = 15;

    private CoreBench() {
    }

    /**
     * Both imports run once over a tenth of the articles (at most 1,000) into throwaway files before they
     * are timed, so the timed runs compare steady-state import, not the JIT compiling Parley's larger code
     * path on a cold JVM (on a 2-core machine that compiling took about 30% of a cold run).
     */
    private static void warmUp(Path work, List<Path> files) throws Exception {
        List<Path> some = files.subList(0, Math.min(1000, Math.max(1, files.size() / 10)));
        Path dir = java.nio.file.Files.createDirectories(work.resolve("warm-up"));
        try (Corpus corpus = Corpus.create(dir.resolve("warm-up.parley"));
             Baseline base = new Baseline(dir.resolve("warm-up-baseline.sqlite"))) {
            base.importFiles(some);
            new BatchImport(corpus, "bench").run(some, ImportProgress.NONE, new AtomicBoolean());
        }
    }

    static List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        List<Comparison> out = new ArrayList<>();
        warmUp(work, files);
        try (Corpus corpus = Corpus.create(work.resolve("bench.parley"));
             Baseline base = new Baseline(work.resolve("baseline.sqlite"))) {
            new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "bench");

            long t0 = System.nanoTime();
            base.importFiles(files);
            long baseImport = System.nanoTime() - t0;
            t0 = System.nanoTime();
            ImportSummary summary = new BatchImport(corpus, "bench").run(List.of(articles), progress, new AtomicBoolean());
            long parleyImport = System.nanoTime() - t0;
            if (!summary.failed().isEmpty() || summary.imported().size() != files.size()) {
                throw new IllegalStateException("bench import went wrong: " + summary.failed());
            }
            out.add(new Comparison("import", "ms", Stats.ms(parleyImport), Stats.ms(baseImport)));

            AnnotationStore claims = new AnnotationStore(corpus);
            base.durable(true);
            double[] saves = new double[SAVES];
            double[] baseSaves = new double[SAVES];
            for (int i = 0; i < SAVES; i++) {
                long b = System.nanoTime();
                base.saveOne(i);
                baseSaves[i] = Stats.ms(System.nanoTime() - b);
                long p = System.nanoTime();
                claims.add(new NewAnnotation(null, 1 + i % Math.min(10, files.size()), new Span(10, 40),
                        Map.of("speaker", List.of("Russia"), "target", List.of("United States"), "stance", List.of("accuse")),
                        "", AnnotationStatus.ACCEPTED, "bench"));
                saves[i] = Stats.ms(System.nanoTime() - p);
            }
            out.add(new Comparison("save.p50", "ms", Stats.percentile(saves, 50), Stats.percentile(baseSaves, 50)));
            out.add(new Comparison("save.p99", "ms", Stats.percentile(saves, 99), Stats.percentile(baseSaves, 99)));

            SearchIndex index = new SearchIndex(corpus);
            String[][] queries = {{"search.common", SyntheticCorpus.COMMON}, {"search.rare", SyntheticCorpus.RARE},
                    {"search.phrase", SyntheticCorpus.PHRASE}};
            for (String[] q : queries) {
                double[] ps = new double[SEARCH_REPEATS];
                double[] bs = new double[SEARCH_REPEATS];
                for (int i = 0; i < SEARCH_REPEATS; i++) {
                    long b = System.nanoTime();
                    base.search(q[1]);
                    bs[i] = Stats.ms(System.nanoTime() - b);
                    long p = System.nanoTime();
                    index.search(q[1], 50);
                    ps[i] = Stats.ms(System.nanoTime() - p);
                }
                out.add(new Comparison(q[0], "ms", Stats.median(ps), Stats.median(bs)));
            }
        }
        return out;
    }
}
