package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The article text of a web page. Boilerplate is removed first (scripts, styles, forms, navigation,
 * headers and footers outside the article, asides, figures and captions, share buttons, related links,
 * comments, ads: by element, ARIA role, and class or id words); the body is then the element marked
 * {@code articleBody}, else the {@code <article>} with most text, else {@code <main>}, else the element
 * whose paragraphs hold most text. Each block element (p, h1-h6, li, blockquote, pre, td, div with
 * text) becomes one paragraph (bylines and dates in the article's header are metadata, so left out);
 * white space inside a paragraph collapses to one space, {@code <br>} is a
 * line break, paragraphs are separated by a blank line, soft hyphens are dropped, NBSP stays.
 */
final class ArticleBody {
    private static final String NOISE_TAGS = "script, style, noscript, iframe, svg, canvas, form, button, input, select, "
            + "textarea, nav, aside, figure, figcaption, template, dialog, menu, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true], "
            + "[hidden]";
    private static final Pattern NOISE_NAMES = Pattern.compile("(?i)(^|[-_\\s])(nav|navbar|navigation|menu|share|sharing|social"
            + "|footer|related|recommended|recommendations|comments?|sidebar|breadcrumbs?|promo|advert|advertisement|ads?|banner"
            + "|cookies?|newsletter|subscribe|subscription|tags|popup|modal|widget|more-news|read-more|outbrain|taboola"
            + "|paywall|masthead|toolbar|print|byline|author|authors|timestamp|date|dateline-meta|photo-credit|caption|credits?)([-_\\s]|$)");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "td", "th", "dd", "dt", "section", "article", "main", "tr", "ul", "ol", "table", "header", "address", "hr");
    private static final Set<String> KEEP = Set.of("html", "body", "article", "main");
    // selectors parsed once: parsing one costs more than running it on a page
    private static final Evaluator NOISE = QueryParser.parse(NOISE_TAGS);
    private static final Evaluator MARKED = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator MARKED_OR_ARTICLE = QueryParser.parse("[itemprop=articleBody], article");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator HEADER_FOOTER = QueryParser.parse("header, footer");
    private static final Evaluator HEADER_META = QueryParser.parse("article header time, article header address");
    private static final Evaluator LISTS = QueryParser.parse("ul, ol");
    private static final Evaluator LINKS = QueryParser.parse("a");

    private ArticleBody() {
    }

    static String text(Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        removeNoise(body);
        Element root = root(body);
        removeLinkLists(root);
        return paragraphs(root);
    }

    /** Removes the boilerplate named above from a page's body (an element holding the article always stays). */
    static void removeNoise(Element body) {
        Set<Element> holdsArticle = withAncestors(body.select(MARKED_OR_ARTICLE)); // kremlin.ru wraps its article in role=complementary
        for (Element e : body.select(NOISE)) {
            if (!holdsArticle.contains(e)) {
                e.remove();
            }
        }
        for (Element e : body.select(HEADER_FOOTER)) {
            if (e.closest(ARTICLE) == null || e.tagName().equals("footer")) {
                e.remove();
            }
        }
        Set<Element> holdsMarked = withAncestors(body.select(MARKED));
        for (Element e : body.getAllElements()) {
            if (!KEEP.contains(e.tagName()) && e.parent() != null && !holdsMarked.contains(e)
                    && (noiseName(e.className()) || noiseName(e.id()))) {
                e.remove();
            }
        }
        body.select(HEADER_META).remove(); // the date and author are metadata, not text
    }

    private static boolean noiseName(String name) {
        return !name.isEmpty() && NOISE_NAMES.matcher(name).find();
    }

    /**
     * These elements and every element around them: the elements whose subtree holds one of them, found
     * once instead of searching each element's subtree.
     */
    private static Set<Element> withAncestors(List<Element> found) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : found) {
            for (Element up = e; up != null && out.add(up); up = up.parent()) {
                // climbs until it meets an element already counted: its ancestors are counted too
            }
        }
        return out;
    }

    private static Element root(Element body) {
        Element marked = body.selectFirst(MARKED);
        if (marked != null) {
            return marked;
        }
        Element best = null;
        for (Element a : body.select("article")) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null && best.text().length() > 200) {
            return best;
        }
        Element main = body.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Map<Element, Integer> score = new HashMap<>();
        for (Element p : body.select("p")) {
            int len = p.text().length();
            if (len < 40 || p.parent() == null) {
                continue;
            }
            score.merge(p.parent(), len, Integer::sum);
            if (p.parent().parent() != null) {
                score.merge(p.parent().parent(), len / 2, Integer::sum);
            }
        }
        return score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    /** Lists that are mostly links inside the article are "related" or "read more" boxes, not text. */
    static void removeLinkLists(Element root) {
        for (Element list : root.select(LISTS)) {
            int all = list.text().length();
            int links = 0;
            for (Element a : list.select(LINKS)) {
                links += a.text().length();
            }
            if (all > 0 && links * 10 > all * 6) {
                list.remove();
            }
        }
    }

    /** The page's whole visible text (everything but scripts, styles, templates and hidden elements) as paragraphs. */
    static String wholePage(Document page) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        body.select("script, style, noscript, template, [hidden], [aria-hidden=true]").remove();
        return paragraphs(body);
    }

    static String paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    appendCollapsed(current, t.getWholeText());
                } else if (node instanceof Element e) {
                    if (e.tagName().equals("br")) {
                        trimEnd(current);
                        current.append('\n');
                    } else if (BLOCKS.contains(e.tagName())) {
                        flush(current, out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    flush(current, out);
                }
            }
        }, root);
        flush(current, out);
        return String.join("\n\n", out);
    }

    private static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00AD') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ' && sb.charAt(sb.length() - 1) != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static void flush(StringBuilder current, List<String> out) {
        String p = current.toString().strip();
        current.setLength(0);
        if (!p.isEmpty()) {
            out.add(p.indexOf('\n') < 0 ? p : p.replaceAll(" *\n *", "\n"));
        }
    }

}
