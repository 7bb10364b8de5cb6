package org.parley.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a web page says about itself: Open Graph ({@code og:title, og:url, og:site_name}),
 * {@code article:published_time}, {@code <meta name=author>}, {@code <link rel=canonical>}, {@code <time>}
 * and JSON-LD ({@code headline, datePublished, author.name, publisher.name, url}); the first found wins. The
 * title loses a site suffix ({@link PageTitle}); the address is made absolute or left out.
 */
record PageMetadata(String title, String author, String published, String url, String siteName, String language) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static PageMetadata of(Document page) {
        JsonNode ld = jsonLdArticle(page);
        String site = first(meta(page, "og:site_name"), ldName(ld, "publisher"), ldName(jsonLd(page, "Organization", "WebSite"), "name"),
                meta(page, "application-name"));
        String title = PageTitle.withoutSite(first(meta(page, "og:title"), ld(ld, "headline"), meta(page, "twitter:title"),
                page.title(), h1(page)), site);
        String author = first(meta(page, "author"), meta(page, "article:author"), ldName(ld, "author"),
                text(page.selectFirst("[rel=author], [itemprop=author]")));
        if (author != null && author.startsWith("http")) {
            author = first(ldName(ld, "author"), text(page.selectFirst("[rel=author], [itemprop=author]")));
        }
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        String published = first(meta(page, "article:published_time"), ld(ld, "datePublished"), meta(page, "date"),
                meta(page, "pubdate"), meta(page, "dc.date"), meta(page, "DC.date.issued"),
                time == null ? null : time.attr("datetime"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        Element base = page.selectFirst("base[href]");
        String url = PageTitle.absolute(base == null ? null : base.attr("href"), canonical == null ? null : canonical.attr("href"),
                meta(page, "og:url"), ld(ld, "url"));
        String lang = page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang");
        lang = lang == null || lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return new PageMetadata(title, author, published, url, site, lang);
    }

    private static String meta(Document page, String name) {
        Element e = page.selectFirst("meta[property=" + name + "][content], meta[name=" + name + "][content]");
        return e == null ? null : e.attr("content");
    }

    private static String h1(Document page) {
        return text(page.selectFirst("article h1, h1"));
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

    private static JsonNode jsonLdArticle(Document page) {
        return jsonLd(page, "Article", "Posting", "Report");
    }

    /** The first JSON-LD object whose type contains one of these words (NewsArticle, Article, ...), looking into @graph. */
    private static JsonNode jsonLd(Document page, String... types) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                JsonNode found = find(root, types);
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // a page's broken JSON-LD is its own problem; the other metadata still count
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
