package org.parley.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.parley.core.ingest.HtmlImporter;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.ingest.SourceFile;

/**
 * The "ingest" bench section: web-page article extraction (boilerplate removal, paragraphs, page
 * metadata, dateline and language) beside the bare baseline of jsoup parsing the same pages and taking
 * {@code body().text()}. Pages are the synthetic articles in a news site's chrome ({@link NewsPage}): a news
 * item marked {@code <article>}, every tenth a long kremlin.ru-style transcript marked {@code articleBody}.
 * A second figure times pages with no article markup at all, which only Readability's scoring can read.
 */
public final class HtmlBench implements Benchmark.Section {
    static final int PAGES = 1000;
    static final int UNMARKED = 200;
    static final int ROUNDS = 3;

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < Math.min(PAGES + NewsPage.TRANSCRIPT_PARTS, files.size()); i++) {
            texts.add(Files.readString(files.get(i), StandardCharsets.UTF_8));
        }
        List<SourceFile> pages = new ArrayList<>();
        List<SourceFile> unmarked = new ArrayList<>();
        for (int i = 0; i + NewsPage.TRANSCRIPT_PARTS < texts.size(); i++) {
            String html = i % 10 == 9 ? NewsPage.transcript(texts.subList(i, i + NewsPage.TRANSCRIPT_PARTS), i) : NewsPage.news(texts.get(i), i, true);
            pages.add(new SourceFile(work.resolve("page-" + i + ".html"), html.getBytes(StandardCharsets.UTF_8)));
            if (unmarked.size() < UNMARKED) {
                unmarked.add(new SourceFile(work.resolve("plain-" + i + ".html"), NewsPage.news(texts.get(i), i, false).getBytes(StandardCharsets.UTF_8)));
            }
        }
        HtmlImporter importer = new HtmlImporter();
        long[] marked = time(pages, importer);
        long[] plain = time(unmarked, importer);
        int n = pages.size();
        int u = unmarked.size();
        return List.of(new Comparison("html.ms_per_page", "ms", marked[0] / 1e6 / n, marked[1] / 1e6 / n),
                new Comparison("html.pages_per_s", "p/s", n / (marked[0] / 1e9), n / (marked[1] / 1e9)),
                new Comparison("html.unmarked.ms_per_page", "ms", plain[0] / 1e6 / u, plain[1] / 1e6 / u));
    }

    /** The best of {@link #ROUNDS} rounds over these pages: {Parley's import, jsoup's parse and text} in ns. */
    private static long[] time(List<SourceFile> pages, HtmlImporter importer) throws Exception {
        long parley = Long.MAX_VALUE;
        long base = Long.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long t0 = System.nanoTime();
            for (SourceFile p : pages) {
                sink += Jsoup.parse(new String(p.bytes(), StandardCharsets.UTF_8)).body().text().length();
            }
            base = Math.min(base, System.nanoTime() - t0);
            t0 = System.nanoTime();
            for (SourceFile p : pages) {
                sink += importer.read(p).get(0).text().length();
            }
            parley = Math.min(parley, System.nanoTime() - t0);
        }
        if (sink == 0) {
            throw new IllegalStateException("the bench pages yielded no text");
        }
        return new long[] {parley, base};
    }
}
