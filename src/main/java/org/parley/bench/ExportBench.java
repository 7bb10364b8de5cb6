package org.parley.bench;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.export.ExportResult;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.Selection;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.export.job.ExportJob;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;

/**
 * {@code parley bench --section export}: the jsonl export, as {@code parley export} runs it, of
 * {@value #CLAIMS_PER_ARTICLE} claims per synthetic article (1,000,000 at the default 10,000 articles;
 * the system property {@code parley.bench.claimsPerArticle} changes it) beside a bare baseline that reads
 * the same rows with plain JDBC and writes their text as it comes. Figures: {@code export} (ms, best of
 * {@value #RUNS}), {@code export.claims} (how many) and {@code export.selected.perDocument}: ms per
 * document of the export with a {@code --doc} selection of every other document, beside the same of the
 * whole export (the selection is linear when the ratio stays near 1). The corpus is built as a user's
 * actions build it: an import, then claims saved through the claim store.
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
            int claims = addClaims(corpus, perArticle);
            List<Long> ids = new DocumentStore(corpus).liveIds();
            List<String> half = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += 2) {
                half.add(String.valueOf(ids.get(i)));
            }
            Selection selected = new Selection(half, null, List.of(), true, null);
            double parley = Double.MAX_VALUE;
            double base = Double.MAX_VALUE;
            double part = Double.MAX_VALUE;
            for (int i = 0; i < RUNS; i++) {
                Path baseOut = work.resolve("baseline.txt");
                base = Math.min(base, measure(() -> baseline(file, baseOut)));
                Files.delete(baseOut);
                parley = Math.min(parley, measure(() -> export(corpus, Selection.all(), work.resolve("parley.jsonl"))));
                part = Math.min(part, measure(() -> export(corpus, selected, work.resolve("selected.jsonl"))));
            }
            return List.of(new Comparison("export", "ms", parley, base), new Comparison("export.claims", "n", claims, claims),
                    new Comparison("export.selected.perDocument", "ms", part / half.size(), parley / ids.size()));
        }
    }

    private static void export(Corpus corpus, Selection selection, Path out) throws Exception {
        ExportResult r = ExportJob.run(corpus, new ExportRequest(ExportFormat.byName("jsonl"), selection, false, null, null, out),
                new ExportWatch(null));
        if (r.documents() == 0) {
            throw new IllegalStateException("the bench export wrote no document");
        }
        Files.delete(out);
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

    /**
     * Saves {@code perArticle} accepted claims with a stance and a speaker on every document, through the
     * claim store, in one transaction (as an import of a dataset does).
     */
    static int addClaims(Corpus corpus, int perArticle) {
        Codebook book = new CodebookStore(corpus).load();
        List<String> stances = names(book, "stance");
        List<String> speakers = names(book, "speaker");
        DocumentStore docs = new DocumentStore(corpus);
        List<long[]> lengths = new ArrayList<>();
        for (long id : docs.liveIds()) {
            String text = docs.get(String.valueOf(id)).text();
            lengths.add(new long[] {id, text.codePointCount(0, text.length())});
        }
        return corpus.write("add bench claims", c -> {
            var now = corpus.now();
            int n = 0;
            for (long[] doc : lengths) {
                int room = (int) Math.max(1, doc[1] - 60);
                for (int k = 0; k < perArticle && doc[1] >= 60; k++) {
                    int start = (k * 37) % room;
                    int length = 20 + k % 40;
                    AnnotationStore.insert(c, now, new NewAnnotation(null, doc[0], new Span(start, start + length),
                            Map.of("stance", List.of(stances.get(n % stances.size())), "speaker", List.of(speakers.get(n % speakers.size()))),
                            "", AnnotationStatus.ACCEPTED, "bench-coder"));
                    n++;
                }
            }
            return n;
        });
    }

    private static List<String> names(Codebook book, String dimension) {
        return book.codesOf(book.dimension(dimension).orElseThrow()).stream().map(Code::name).toList();
    }

    /** The bare work: the same rows (documents, their fields, accepted claims with coder and codes) read with plain JDBC, their text written as it comes. */
    private static void baseline(Path corpus, Path out) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + corpus.toAbsolutePath());
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            for (String sql : List.of(
                    "SELECT id, uuid, title, source, author, url, published, place, language, file_name, text FROM document WHERE deleted IS NULL ORDER BY id",
                    "SELECT document_id, name, value FROM document_field ORDER BY document_id, name",
                    """
                    SELECT a.document_id, a.id, a.uuid, a.start_cp, a.end_cp, a.quote, a.memo, k.name, a.status, a.created,
                           a.modified, dm.name, coalesce(cd.name, ac.text_value)
                    FROM annotation a JOIN coder k ON k.id = a.coder_id
                    LEFT JOIN annotation_code ac ON ac.annotation_id = a.id
                    LEFT JOIN dimension dm ON dm.id = ac.dimension_id
                    LEFT JOIN code cd ON cd.id = ac.code_id
                    WHERE a.deleted IS NULL AND a.status = 'accepted'
                    ORDER BY a.document_id, a.start_cp, a.end_cp, a.id, dm.position, ac.position""")) {
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            if (v != null) {
                                os.write(v.getBytes(StandardCharsets.UTF_8));
                            }
                            os.write('\t');
                        }
                        os.write('\n');
                    }
                }
            }
        }
    }
}
