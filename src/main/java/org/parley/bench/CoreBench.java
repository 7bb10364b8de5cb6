package org.parley.bench;

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

    /** Imports timed after the first pass, alternating baseline and Parley; the medians are reported. */
    static final int IMPORT_REPEATS = 3;
    /** The first pass (and so the JIT's warming up) covers at most this many files. */
    static final int FIRST_PASS_MAX = 10_000;

    /**
     * Import is measured as steady-state work. Both imports first run once over the folder (at most
     * {@link #FIRST_PASS_MAX} files) into throwaway files, reported as {@code import.first}: in a fresh JVM,
     * where Parley's larger code path is still being compiled (on a 2-core machine the compiler takes a core
     * for seconds); a single run, so it varies more than the others. Then both run {@link #IMPORT_REPEATS}
     * times (once above 20,000 files), alternating which goes first, each into a new file; {@code import} is
     * the median. The last run's corpus and baseline, still open, serve the save and search figures.
     */
    static List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        List<Comparison> out = new ArrayList<>();
        boolean whole = files.size() <= FIRST_PASS_MAX;
        List<Path> firstFiles = whole ? files : files.subList(0, FIRST_PASS_MAX);
        long[] once;
        Path firstDir = java.nio.file.Files.createDirectories(work.resolve("first"));
        try (Baseline b = new Baseline(firstDir.resolve("baseline.sqlite")); Corpus corpus = Corpus.create(firstDir.resolve("bench.parley"))) {
            once = timeImports(b, firstFiles, corpus, whole ? List.of(articles) : firstFiles, ImportProgress.NONE, false);
        }
        out.add(new Comparison("import.first", "ms", Stats.ms(once[1]), Stats.ms(once[0])));
        deleteFiles(work.resolve("first"));
        int repeats = files.size() > 20_000 ? 1 : IMPORT_REPEATS;
        double[] base = new double[repeats];
        double[] ours = new double[repeats];
        for (int i = 0; i < repeats; i++) {
            Path dir = work.resolve("run-" + i);
            boolean last = i == repeats - 1;
            try (Baseline b = new Baseline(java.nio.file.Files.createDirectories(dir).resolve("baseline.sqlite"));
                 Corpus corpus = Corpus.create(dir.resolve("bench.parley"))) {
                // which side goes first alternates, so neither always meets a cooler or warmer machine
                long[] t = timeImports(b, files, corpus, List.of(articles), last ? progress : ImportProgress.NONE, i % 2 == 1);
                base[i] = Stats.ms(t[0]);
                ours[i] = Stats.ms(t[1]);
                if (last) {
                    // the claims are saved on the connections that imported, as after an import in the app
                    out.add(new Comparison("import", "ms", Stats.median(ours), Stats.median(base)));
                    out.addAll(saveAndSearch(corpus, b, files.size()));
                }
            }
            if (!last) {
                deleteFiles(dir);
            }
        }
        return out;
    }

    /** Frees the disk a timed run took (a 10,000-article corpus and its baseline hold about 150 MB). */
    private static void deleteFiles(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path f : files.toList()) {
                java.nio.file.Files.delete(f);
            }
        }
        java.nio.file.Files.delete(dir);
    }

    /** Times the baseline's import of {@code files} and Parley's of {@code paths} (the same files), each into its new file. */
    private static long[] timeImports(Baseline base, List<Path> files, Corpus corpus, List<Path> paths, ImportProgress progress,
                                      boolean parleyFirst) throws Exception {
        new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "bench");
        long baseImport = 0;
        if (!parleyFirst) {
            baseImport = timeBaseline(base, files);
        }
        long t0 = System.nanoTime();
        ImportSummary summary = new BatchImport(corpus, "bench").run(paths, progress, new AtomicBoolean());
        long parleyImport = System.nanoTime() - t0;
        if (!summary.failed().isEmpty() || summary.imported().size() != files.size()) {
            throw new IllegalStateException("bench import went wrong: " + summary.failed());
        }
        if (parleyFirst) {
            baseImport = timeBaseline(base, files);
        }
        return new long[] {baseImport, parleyImport};
    }

    private static long timeBaseline(Baseline base, List<Path> files) throws Exception {
        long t0 = System.nanoTime();
        base.importFiles(files);
        return System.nanoTime() - t0;
    }

    private static List<Comparison> saveAndSearch(Corpus corpus, Baseline base, int documents) throws Exception {
        List<Comparison> out = new ArrayList<>();
        AnnotationStore claims = new AnnotationStore(corpus);
        base.durable(true);
        double[] saves = new double[SAVES];
        double[] baseSaves = new double[SAVES];
        for (int i = 0; i < SAVES; i++) {
            long b = System.nanoTime();
            base.saveOne(i);
            baseSaves[i] = Stats.ms(System.nanoTime() - b);
            long p = System.nanoTime();
            claims.add(new NewAnnotation(null, 1 + i % Math.min(10, documents), new Span(10, 40),
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
        return out;
    }
}
