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
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * What a web page says about itself: Open Graph ({@code og:title, og:url, og:site_name}),
 * {@code article:published_time}, {@code <meta name=author>}, {@code <link rel=canonical>}, {@code <time>}
 * and JSON-LD ({@code headline, datePublished, author.name, publisher.name, url}); the first found wins. The
 * title loses a site suffix ({@link PageTitle}); the address is made absolute or left out.
 */
record PageMetadata(String title, String author, String published, String url, String siteName, String language) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static PageMetadata of(Document page) {
        Marks marks = Marks.of(page);
        Map<String, String> meta = marks.meta;
        List<JsonNode> lds = jsonLd(marks.jsonLd);
        JsonNode ld = find(lds, "Article", "Posting", "Report");
        String site = first(meta.get("og:site_name"), ldName(ld, "publisher"), ldName(find(lds, "Organization", "WebSite"), "name"),
                meta.get("application-name"));
        String title = PageTitle.withoutSite(first(meta.get("og:title"), ld(ld, "headline"), meta.get("twitter:title"),
                page.title(), text(marks.h1)), site);
        String author = first(meta.get("author"), meta.get("article:author"), ldName(ld, "author"), text(marks.author));
        if (author != null && author.startsWith("http")) {
            author = first(ldName(ld, "author"), text(marks.author));
        }
        String published = first(meta.get("article:published_time"), ld(ld, "datePublished"), meta.get("date"),
                meta.get("pubdate"), meta.get("dc.date"), meta.get("dc.date.issued"),
                marks.time == null ? null : marks.time.attr("datetime"));
        String url = PageTitle.absolute(marks.base == null ? null : marks.base.attr("href"),
                marks.canonical == null ? null : marks.canonical.attr("href"), meta.get("og:url"), ld(ld, "url"));
        String lang = marks.html == null ? null : marks.html.attr("lang");
        lang = lang == null || lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return new PageMetadata(title, author, published, url, site, lang);
    }

    /**
     * The elements the metadata come from, found in one walk over the page (a search per element
     * walks the whole page each time it finds nothing): the first of each in page order, as a
     * selector's first match would be, and every {@code <meta content>} by its {@code property} and by
     * its {@code name} (lower case, as selectors compare them; the first in the page wins).
     */
    private static final class Marks implements NodeVisitor {
        final Map<String, String> meta = new HashMap<>();
        final List<Element> jsonLd = new ArrayList<>();
        Element html;
        Element h1;
        Element author;
        Element time;
        Element canonical;
        Element base;

        static Marks of(Document page) {
            Marks m = new Marks();
            NodeTraversor.traverse(m, page);
            return m;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            switch (e.normalName()) {
                case "meta" -> {
                    if (e.hasAttr("content")) {
                        for (String key : new String[] {"property", "name"}) {
                            if (e.hasAttr(key)) {
                                meta.putIfAbsent(e.attr(key).trim().toLowerCase(Locale.ROOT), e.attr("content"));
                            }
                        }
                    }
                }
                case "script" -> {
                    if (is(e, "type", "application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "html" -> html = html == null ? e : html;
                case "h1" -> h1 = h1 == null ? e : h1;
                case "time" -> time = time == null && e.hasAttr("datetime") ? e : time;
                case "link" -> canonical = canonical == null && is(e, "rel", "canonical") && e.hasAttr("href") ? e : canonical;
                case "base" -> base = base == null && e.hasAttr("href") ? e : base;
                default -> {
                }
            }
            if (author == null && (is(e, "rel", "author") || is(e, "itemprop", "author"))) {
                author = e;
            }
        }

        /** As a selector's {@code [key=value]}: the value trimmed, any case. */
        private static boolean is(Element e, String key, String value) {
            return e.hasAttr(key) && e.attr(key).trim().equalsIgnoreCase(value);
        }
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
    private static List<JsonNode> jsonLd(List<Element> scripts) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : scripts) {
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
