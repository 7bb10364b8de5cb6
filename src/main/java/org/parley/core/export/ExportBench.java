package org.parley.core.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.bench.Benchmark;
import org.parley.bench.Comparison;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;

/**
 * {@code parley bench --section export}: the jsonl export of {@value #CLAIMS_PER_ARTICLE} claims per
 * synthetic article (1,000,000 at the default 10,000 articles; the system property
 * {@code parley.bench.claimsPerArticle} changes it) beside {@link ExportBaseline}, which reads the same
 * rows with plain JDBC and writes them with Jackson's streaming generator. Figures: {@code export}
 * (ms, best of {@value #RUNS}) and {@code export.claims} (how many). Memory stays bounded because
 * {@link ExportSource} holds one document and its claims at a time: run the bench with a small
 * {@code -Xmx} to see it.
 */
public final class ExportBench implements Benchmark.Section {
    static final int CLAIMS_PER_ARTICLE = 100;
    static final int RUNS = 2;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        int perArticle = Integer.getInteger("parley.bench.claimsPerArticle", CLAIMS_PER_ARTICLE);
        Path file = work.resolve("export.parley");
        try (Corpus corpus = Corpus.create(file)) {
            new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "bench");
            new BatchImport(corpus, "bench").run(List.of(articles), progress, new AtomicBoolean());
            int claims = corpus.write("add bench claims", c -> addClaims(c, perArticle));
            double parley = Double.MAX_VALUE;
            double base = Double.MAX_VALUE;
            for (int i = 0; i < RUNS; i++) {
                Path baseOut = work.resolve("baseline.jsonl");
                base = Math.min(base, measure(() -> ExportBaseline.write(file, baseOut)));
                Files.delete(baseOut);
                Path out = work.resolve("parley.jsonl");
                parley = Math.min(parley, measure(() -> new JsonlExporter().write(new ExportSource(corpus, Selection.all()), out)));
                Files.delete(out);
            }
            return List.of(new Comparison("export", "ms", parley, base), new Comparison("export.claims", "n", claims, claims));
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static double measure(Work work) throws Exception {
        System.gc();
        long t0 = System.nanoTime();
        work.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Adds {@code perArticle} accepted claims with a stance and a speaker to every document, in one transaction. */
    private static int addClaims(Connection c, int perArticle) throws SQLException {
        long coder;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coder (uuid, name, created) VALUES (?, 'bench-coder', '2026-01-01T00:00:00Z')")) {
            ps.setString(1, UUID.randomUUID().toString());
            ps.executeUpdate();
        }
        coder = single(c, "SELECT id FROM coder WHERE name = 'bench-coder'");
        long stanceDim = single(c, "SELECT id FROM dimension WHERE name = 'stance'");
        long speakerDim = single(c, "SELECT id FROM dimension WHERE name = 'speaker'");
        List<Long> stances = ids(c, "SELECT c.id FROM code c JOIN dimension d ON d.code_list_id = c.code_list_id WHERE d.name = 'stance'");
        List<Long> actors = ids(c, "SELECT c.id FROM code c JOIN dimension d ON d.code_list_id = c.code_list_id WHERE d.name = 'speaker'");
        List<Long> docs = ids(c, "SELECT id FROM document ORDER BY id");
        long next = single(c, "SELECT coalesce(max(id), 0) + 1 FROM annotation");
        int n = 0;
        try (PreparedStatement a = c.prepareStatement("""
                INSERT INTO annotation (id, uuid, document_id, start_cp, end_cp, quote, prefix, suffix, memo, status, coder_id,
                                        created, modified)
                SELECT ?, ?, id, ?, ?, substr(text, ? + 1, ?), '', '', '', 'accepted', ?, '2026-01-01T00:00:00Z',
                       '2026-01-01T00:00:00Z' FROM document WHERE id = ?""");
             PreparedStatement code = c.prepareStatement(
                     "INSERT INTO annotation_code (annotation_id, dimension_id, code_id, position) VALUES (?, ?, ?, 0)")) {
            for (long doc : docs) {
                for (int k = 0; k < perArticle; k++) {
                    long id = next++;
                    int start = (k * 37) % 4000;
                    int length = 20 + k % 40;
                    a.setLong(1, id);
                    a.setString(2, UUID.randomUUID().toString());
                    a.setInt(3, start);
                    a.setInt(4, start + length);
                    a.setInt(5, start);
                    a.setInt(6, length);
                    a.setLong(7, coder);
                    a.setLong(8, doc);
                    a.addBatch();
                    code.setLong(1, id);
                    code.setLong(2, stanceDim);
                    code.setLong(3, stances.get(n % stances.size()));
                    code.addBatch();
                    code.setLong(1, id);
                    code.setLong(2, speakerDim);
                    code.setLong(3, actors.get(n % actors.size()));
                    code.addBatch();
                    if (++n % 10_000 == 0) {
                        a.executeBatch();
                        code.executeBatch();
                    }
                }
            }
            a.executeBatch();
            code.executeBatch();
        }
        return n;
    }

    private static long single(Connection c, String sql) throws SQLException {
        return ids(c, sql).get(0);
    }

    private static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }
}
