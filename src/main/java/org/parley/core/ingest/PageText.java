package org.parley.core.ingest;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The article text of a web page, found by Readability4J (a port of Mozilla's Readability, the algorithm of
 * Firefox's Reader View) on the page cleared of what our rules know as boilerplate ({@link ArticleBody#removeNoise}:
 * ads, share boxes, related links, which Readability keeps), its element turned into our paragraphs
 * ({@link ArticleBody#paragraphs}) after the page's headline. Where it finds nothing, or much less than the
 * page's element marked {@code articleBody}, that element or our own rules ({@link ArticleBody}) decide; where
 * they find nothing either, the page's whole visible text is the text, so that a page is refused only when
 * it has none.
 */
final class PageText {
    private static final String NO_ADDRESS = "https://page.invalid/";
    private static final Evaluator H1 = QueryParser.parse("article h1, h1");
    private static final Evaluator MARKED = QueryParser.parse("[itemprop=articleBody]");

    private PageText() {
    }

    /**
     * @param page the parsed page (changed: the extractor removes what it judges noise)
     * @param html the page's source, parsed again only when the extractor found nothing
     * @param url  the page's address, or null
     */
    static String article(Document page, String html, String url) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        Element h1 = page.selectFirst(H1);
        String headline = h1 == null ? null : h1.text().strip();
        ArticleBody.removeNoise(body); // Readability keeps ads, related links and share boxes our rules know
        ArticleBody.removeLinkLists(body);
        String clear = MarkedArticle.text(body);
        if (clear != null) {
            return withHeadline(clear, headline);
        }
        String marked = markedBody(page);
        String found = readability(page, url);
        String text = !found.isBlank() && found.length() * 2 >= marked.length() ? found : marked;
        if (text.isBlank()) {
            Document fresh = Jsoup.parse(html, "", Parser.htmlParser());
            String ours = ArticleBody.text(fresh.clone());
            return ours.isBlank() ? ArticleBody.wholePage(fresh) : ours;
        }
        return withHeadline(text, headline);
    }

    /**
     * Readability leaves out the headline (Reader View shows it apart); in Parley it is text a claim can
     * quote, so it comes first as it did, unless the text already begins with it.
     */
    private static String withHeadline(String text, String headline) {
        if (headline == null || headline.isEmpty() || headline.length() > 300 || text.startsWith(headline)) {
            return text;
        }
        return headline + "\n\n" + text;
    }

    /** The text of the page's {@code itemprop=articleBody} element (schema.org's own mark), or "". */
    private static String markedBody(Document page) {
        Element body = page.selectFirst(MARKED);
        return body == null ? "" : ArticleBody.paragraphs(body.clone());
    }

    private static String readability(Document page, String url) {
        try {
            // links are made absolute against the address; without one, against a name that cannot be a real host
            ReadabilityOptions options = new ReadabilityOptions();
            ReadabilityPatterns patterns = ReadabilityPatterns.SHARED;
            Article article = new Readability4J(url == null ? NO_ADDRESS : url, page, options, patterns, new Preprocessor(patterns),
                    new MetadataParser(patterns), new ReadabilityGrabber(options), new Postprocessor()).parse();
            Element content = article.getArticleContent();
            if (content == null) {
                return "";
            }
            content.select("title, script, style, noscript, template").remove(); // an empty page's <head> can land in it
            return ArticleBody.paragraphs(content);
        } catch (RuntimeException e) {
            return ""; // the extractor's own failure on an odd page: our rules still read it
        }
    }
}
