package org.parley.core.ingest;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The article a page marks itself ({@code itemprop=articleBody}, else its one {@code <article>}) when that
 * mark is beyond doubt: it holds nearly all the text left once the boilerplate is gone, and enough of it.
 * Then the page needs no Readability (whose scoring costs many times the parse); inside the mark, blocks
 * that are mostly links ("Read next" teasers) go as Readability drops them. Otherwise null: Readability decides.
 */
final class MarkedArticle {
    /** As little text as Readability itself accepts as an article (its word threshold, in characters). */
    static final int ENOUGH = 500;
    private static final Evaluator MARKED = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator BOXES = QueryParser.parse("div, section, table");
    private static final Evaluator LINKS = QueryParser.parse("a");

    private MarkedArticle() {
    }

    /** @param body the page's body, boilerplate removed ({@link ArticleBody#removeNoise}); changed */
    static String text(Element body) {
        Element root = body.selectFirst(MARKED);
        if (root == null) {
            List<Element> articles = body.select(ARTICLE);
            if (articles.size() != 1) {
                return null;
            }
            root = articles.get(0);
        }
        long inside = textLength(root);
        if (inside < ENOUGH || inside * 10 < textLength(body) * 9) {
            return null;
        }
        for (Element e : root.getAllElements()) {
            if (e.className().isEmpty() && e.id().isEmpty()) {
                continue; // nothing for the patterns to match
            }
            String names = e.className() + " " + e.id();
            if (e != root && e.parent() != null && !e.tagName().equals("a") && ReadabilityPatterns.SHARED.isUnlikelyCandidate(names)
                    && !ReadabilityPatterns.SHARED.okMaybeItsACandidate(names)) {
                e.remove(); // Readability's "unlikely candidates": related posts, comments, sharing, sponsors
            }
        }
        for (Element box : root.select(BOXES)) {
            if (box != root && box.parent() != null && mostlyLinks(box)) {
                box.remove();
            }
        }
        String text = ArticleBody.paragraphs(root);
        return text.length() < ENOUGH ? null : text;
    }

    /** A box (not a list: lists are {@link ArticleBody#removeLinkLists}'s) with fewer than ten commas and more than a fifth of its text in links (Readability's own test). */
    private static boolean mostlyLinks(Element box) {
        String text = box.text();
        if (text.isEmpty() || text.chars().filter(c -> c == ',').count() >= 10) {
            return false;
        }
        long links = 0;
        for (Element a : box.select(LINKS)) {
            links += a.text().length();
        }
        return links * 5 > text.length();
    }

    /**
     * The length of an element's text nodes' text as jsoup gives it (each run of white space one space,
     * zero-width space and soft hyphen left out), counted without building it.
     */
    private static long textLength(Element e) {
        long[] n = {0};
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                boolean white = false;
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
                        n[0] += white ? 0 : 1;
                        white = true;
                    } else if (c != '\u200B' && c != '\u00AD') {
                        n[0]++;
                        white = false;
                    }
                }
            }
        }, e);
        return n[0];
    }
}
