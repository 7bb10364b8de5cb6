package org.parley.bench;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.parley.bench.Benchmark;
import org.parley.bench.Comparison;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.Selection;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.export.job.ExportJob;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.NewAnnotation;

/**
 * {@code parley bench --section exchange}: a .qdpx export (as {@code parley export} runs it) and its import into a fresh corpus, each beside
 * a bare baseline doing the same I/O without Parley (zipping the texts with a string-built XML; reading
 * every entry back and storing texts, search index and one claim row each in a bare SQLite file).
 */
public final class ExchangeBench implements Benchmark.Section {
    @Override
    public String name() {
        return "exchange";
    }

    @Override
    public List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        List<Comparison> out = new ArrayList<>();
        Path qdpx = work.resolve("bench.qdpx");
        try (Corpus corpus = Corpus.create(work.resolve("bench.parley"))) {
            new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "bench");
            ImportSummary s = new BatchImport(corpus, "bench").run(List.of(articles), progress, new AtomicBoolean());
            AnnotationStore claims = new AnnotationStore(corpus);
            for (ImportSummary.Imported d : s.imported()) {
                claims.add(new NewAnnotation(null, d.id(), new Span(10, 40), Map.of("speaker", List.of("Russia"),
                        "target", List.of("United States"), "stance", List.of("accuse")), "", AnnotationStatus.ACCEPTED, "bench"));
            }
            long t0 = System.nanoTime();
            baselineZip(files, work.resolve("baseline.zip"));
            long base = System.nanoTime() - t0;
            t0 = System.nanoTime();
            ExportJob.run(corpus, new ExportRequest(ExportFormat.byName("qdpx"), Selection.all(), false, null, null, qdpx),
                    new ExportWatch(null));
            long parley = System.nanoTime() - t0;
            out.add(new Comparison("qdpx.export", "ms", parley / 1e6, base / 1e6));
        }
        try (Corpus fresh = Corpus.create(work.resolve("fresh.parley"))) {
            long t0 = System.nanoTime();
            baselineUnzip(qdpx, work.resolve("baseline.sqlite"));
            long base = System.nanoTime() - t0;
            t0 = System.nanoTime();
            ImportSummary s = new BatchImport(fresh, "bench").run(List.of(qdpx), ImportProgress.NONE, new AtomicBoolean());
            long parley = System.nanoTime() - t0;
            if (!s.failed().isEmpty()) {
                throw new IllegalStateException("bench qdpx import went wrong: " + s.failed());
            }
            out.add(new Comparison("qdpx.import", "ms", parley / 1e6, base / 1e6));
        }
        return out;
    }

    private static void baselineZip(List<Path> files, Path zipFile) throws Exception {
        StringBuilder xml = new StringBuilder("<Project><Sources>");
        try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(zipFile), 1 << 16); ZipOutputStream zip = new ZipOutputStream(os)) {
            int i = 0;
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry("sources/" + i + ".txt"));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
                xml.append("<TextSource guid=\"").append(i++).append("\"><PlainTextSelection startPosition=\"10\" endPosition=\"40\"/></TextSource>");
            }
            zip.putNextEntry(new ZipEntry("project.qde"));
            zip.write(xml.append("</Sources></Project>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    /** Reads every entry and stores each text and one claim row in a bare SQLite file with FTS5, in one transaction. */
    private static void baselineUnzip(Path zipFile, Path db) throws Exception {
        try (ZipFile zip = new ZipFile(zipFile.toFile());
             Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
            s.execute("CREATE TABLE doc (id INTEGER PRIMARY KEY, text TEXT NOT NULL)");
            s.execute("CREATE VIRTUAL TABLE doc_fts USING fts5 (text, content = 'doc', content_rowid = 'id')");
            s.execute("CREATE TABLE claim (id INTEGER PRIMARY KEY, doc INTEGER, start_cp INTEGER, end_cp INTEGER)");
            c.setAutoCommit(false);
            try (PreparedStatement doc = c.prepareStatement("INSERT INTO doc (text) VALUES (?)");
                 PreparedStatement claim = c.prepareStatement("INSERT INTO claim (doc, start_cp, end_cp) VALUES (last_insert_rowid(), 10, 40)")) {
                var entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    try (var in = zip.getInputStream(e)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        if (e.getName().startsWith("sources/")) {
                            doc.setString(1, text);
                            doc.executeUpdate();
                            claim.executeUpdate();
                        }
                    }
                }
            }
            s.execute("INSERT INTO doc_fts (doc_fts) VALUES ('rebuild')");
            c.commit();
        }
    }
}
