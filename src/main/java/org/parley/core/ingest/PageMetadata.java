package org.parley.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * What a web page says about itself: Open Graph ({@code og:title, og:url, og:site_name}),
 * {@code article:published_time}, {@code <meta name=author>}, {@code <link rel=canonical>}, {@code <time>}
 * and JSON-LD ({@code headline, datePublished, author.name, publisher.name, url}); the first found wins. The
 * title loses a site suffix ({@link PageTitle}); the address is made absolute or left out.
 */
record PageMetadata(String title, String author, String published, String url, String siteName, String language) {
    private static final ObjectMapper JSON = new ObjectMapper();
    // selectors parsed once: parsing one costs more than running it on a page
    private static final Evaluator META = QueryParser.parse("meta[content]");
    private static final Evaluator AUTHOR = QueryParser.parse("[rel=author], [itemprop=author]");
    private static final Evaluator TIME = QueryParser.parse("article time[datetime], time[datetime]");
    private static final Evaluator CANONICAL = QueryParser.parse("link[rel=canonical][href]");
    private static final Evaluator BASE = QueryParser.parse("base[href]");
    private static final Evaluator HTML = QueryParser.parse("html");
    private static final Evaluator H1 = QueryParser.parse("article h1, h1");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");

    static PageMetadata of(Document page) {
        Map<String, String> meta = metaTags(page);
        List<JsonNode> lds = jsonLd(page);
        JsonNode ld = find(lds, "Article", "Posting", "Report");
        String site = first(meta.get("og:site_name"), ldName(ld, "publisher"), ldName(find(lds, "Organization", "WebSite"), "name"),
                meta.get("application-name"));
        String title = PageTitle.withoutSite(first(meta.get("og:title"), ld(ld, "headline"), meta.get("twitter:title"),
                page.title(), text(page.selectFirst(H1))), site);
        String author = first(meta.get("author"), meta.get("article:author"), ldName(ld, "author"),
                text(page.selectFirst(AUTHOR)));
        if (author != null && author.startsWith("http")) {
            author = first(ldName(ld, "author"), text(page.selectFirst(AUTHOR)));
        }
        Element time = page.selectFirst(TIME);
        String published = first(meta.get("article:published_time"), ld(ld, "datePublished"), meta.get("date"),
                meta.get("pubdate"), meta.get("dc.date"), meta.get("dc.date.issued"),
                time == null ? null : time.attr("datetime"));
        Element canonical = page.selectFirst(CANONICAL);
        Element base = page.selectFirst(BASE);
        String url = PageTitle.absolute(base == null ? null : base.attr("href"), canonical == null ? null : canonical.attr("href"),
                meta.get("og:url"), ld(ld, "url"));
        Element html = page.selectFirst(HTML);
        String lang = html == null ? null : html.attr("lang");
        lang = lang == null || lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return new PageMetadata(title, author, published, url, site, lang);
    }

    /**
     * Every {@code <meta content>} by its {@code property} and by its {@code name} (lower case, as selectors
     * compare them), the first in the page winning: one pass instead of a search of the page per name.
     */
    private static Map<String, String> metaTags(Document page) {
        Map<String, String> found = new HashMap<>();
        for (Element e : page.select(META)) {
            for (String key : new String[] {"property", "name"}) {
                if (e.hasAttr(key)) {
                    found.putIfAbsent(e.attr(key).trim().toLowerCase(Locale.ROOT), e.attr("content"));
                }
            }
        }
        return found;
    }

    private static String text(Element e) {
        return e == null ? null : e.text();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The page's JSON-LD blocks that parse, in page order. */
    private static List<JsonNode> jsonLd(Document page) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : page.select(JSON_LD)) {
            try {
                JsonNode root = JSON.readTree(script.data());
                if (root != null) {
                    out.add(root);
                }
            } catch (Exception e) {
                // a page's broken JSON-LD is its own problem; the other metadata still count
            }
        }
        return out;
    }

    /** The first JSON-LD object whose type contains one of these words (NewsArticle, Article, ...), looking into @graph. */
    private static JsonNode find(List<JsonNode> roots, String... types) {
        for (JsonNode root : roots) {
            JsonNode found = find(root, types);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static JsonNode find(JsonNode node, String... types) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = find(n, types);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return find(node.get("@graph"), types);
        }
        String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
        for (String t : types) {
            if (type.contains(t)) {
                return node;
            }
        }
        return null;
    }

    private static String ld(JsonNode ld, String field) {
        return ld == null || !ld.path(field).isValueNode() ? null : ld.path(field).asText(null);
    }

    private static String ldName(JsonNode ld, String field) {
        if (ld == null) {
            return null;
        }
        JsonNode v = ld.path(field);
        if (v.isArray() && !v.isEmpty()) {
            v = v.get(0);
        }
        return v.isTextual() ? v.asText() : v.path("name").isTextual() ? v.path("name").asText() : null;
    }
}
