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
 * {@code body().text()}. Pages are built from the synthetic articles wrapped in a news site's chrome.
 */
public final class HtmlBench implements Benchmark.Section {
    static final int PAGES = 1000;
    static final int ROUNDS = 3;

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
        List<SourceFile> pages = new ArrayList<>();
        for (int i = 0; i < Math.min(PAGES, files.size()); i++) {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            pages.add(new SourceFile(work.resolve("page-" + i + ".html"), page(text, i).getBytes(StandardCharsets.UTF_8)));
        }
        HtmlImporter importer = new HtmlImporter();
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
        int n = pages.size();
        return List.of(new Comparison("html.ms_per_page", "ms", parley / 1e6 / n, base / 1e6 / n),
                new Comparison("html.pages_per_s", "p/s", n / (parley / 1e9), n / (base / 1e9)));
    }

    /** An article in the chrome a news site wraps it in: menus, share buttons, a teaser, related links, footer, scripts, JSON-LD. */
    static String page(String article, int i) {
        String[] paras = article.split("\n\n");
        StringBuilder sb = new StringBuilder(article.length() * 2);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(paras[0])
                .append(" | Wire</title><meta property=\"og:title\" content=\"").append(paras[0])
                .append("\"><meta property=\"og:site_name\" content=\"Wire\"><meta property=\"article:published_time\" content=\"2019-11-")
                .append(String.format("%02d", 1 + i % 28)).append("T10:00:00Z\"><script>var x = {a: 1};</script>")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(paras[0].replace("\"", "'")).append("\",\"publisher\":{\"@type\":\"Organization\",")
                .append("\"name\":\"Wire\"}}</script>")
                .append("<style>p{margin:0}</style></head><body><header><nav><ul>");
        for (String s : new String[] {"World", "Business", "Politics", "Sport", "Culture", "Opinion"}) {
            sb.append("<li><a href=\"/").append(s).append("\">").append(s).append("</a></li>");
        }
        sb.append("</ul></nav></header><div class=\"cookie-banner\">We use cookies. <button>OK</button></div><main><article><h1>")
                .append(paras[0]).append("</h1><div class=\"share\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a></div>");
        for (int p = 1; p < paras.length; p++) {
            sb.append("<p>").append(paras[p].strip()).append("</p>\n");
        }
        sb.append("<div class=\"teaser\"><h3><a href=\"/t\">Read next: talks resume in Geneva</a></h3>")
                .append("<p>Diplomats said the next round would start soon.</p></div>");
        sb.append("<ul class=\"related\"><li><a href=\"/1\">Related story one</a></li><li><a href=\"/2\">Related two</a></li></ul>")
                .append("</article><aside>Most read<ol><li><a href=\"/3\">Popular</a></li></ol></aside></main>")
                .append("<footer><p>© Wire. All rights reserved.</p></footer><script>track();</script></body></html>");
        return sb.toString();
    }
}
