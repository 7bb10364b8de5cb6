package org.parley.core.ingest;

import java.util.ArrayList;
import kotlin.Pair;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.ArticleGrabber;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Readability4J's {@code grabArticle} step by step as the library does it (Apache-2.0), without the work
 * it spends on nothing: it wrote the whole page out as HTML before every page in case it has to start
 * again, and the article's HTML three times more for debug lines that are never logged. Here the page is
 * copied in memory instead and written out only when a second attempt needs it, so the result is the same.
 */
final class ReadabilityGrabber extends ArticleGrabber {
    ReadabilityGrabber(ReadabilityOptions options) {
        super(options, ReadabilityPatterns.SHARED);
    }

    @Override
    public Element grabArticle(Document doc, ArticleMetadata metadata, ArticleGrabberOptions options, Element pageElement) {
        ArticleGrabberOptions flags = options == null ? new ArticleGrabberOptions(true, true, true) : options;
        boolean isPaging = pageElement != null;
        Element page = pageElement != null ? pageElement : doc.body();
        if (page == null) {
            return null;
        }
        Document pageCache = doc.clone();
        while (true) {
            Pair<Element, Boolean> top = getTopCandidate(page, scoreElements(prepareNodes(doc, flags), flags), flags);
            Element topCandidate = top.getFirst();
            Element articleContent = createArticleContent(doc, topCandidate, isPaging);
            prepArticle(articleContent, flags, metadata);
            if (top.getSecond()) {
                topCandidate.attr("id", "readability-page-1");
                topCandidate.addClass("page");
            } else {
                Element div = doc.createElement("div");
                div.attr("id", "readability-page-1");
                div.addClass("page");
                for (Node child : new ArrayList<>(articleContent.childNodes())) {
                    child.remove();
                    div.appendChild(child);
                }
                articleContent.appendChild(div);
            }
            int textLength = getInnerText(articleContent, ReadabilityPatterns.SHARED, true).length();
            if (textLength < getWordThreshold()) {
                page.html(pageCache.html());
                if (flags.getStripUnlikelyCandidates()) {
                    flags.setStripUnlikelyCandidates(false);
                    continue;
                } else if (flags.getWeightClasses()) {
                    flags.setWeightClasses(false);
                    continue;
                } else if (flags.getCleanConditionally()) {
                    flags.setCleanConditionally(false);
                    continue;
                }
                if (textLength <= 0) { // the library's last attempt, kept as it is: this one, unless it is empty
                    return null;
                }
            }
            getTextDirection(topCandidate, doc);
            return articleContent;
        }
    }
}
