package org.parley.bench;

import java.util.List;

/**
 * Synthetic articles as real sites serve them: a head of meta tags, a tracking script and JSON-LD; a
 * header with a menu of sections and a breadcrumb; the article with its byline, time, a photo and caption,
 * share buttons, a "Read next" teaser and related links; a "Most read" column of teasers, a newsletter
 * form, a footer of link columns and trailing scripts.
 */
final class NewsPage {
    /** How many synthetic articles one transcript strings together (about 30 KB of speech). */
    static final int TRANSCRIPT_PARTS = 6;
    private static final String[] SECTIONS = {"World", "Business", "Politics", "Sport", "Culture", "Opinion", "Science", "Video"};
    private static final String SCRIPT = "!function(w,d){var q=w.q=w.q||[];function t(e,p){q.push([e,p,Date.now()])}"
            + "w.addEventListener('scroll',function(){t('scroll',w.scrollY)});d.querySelectorAll('a').forEach(function(a){"
            + "a.addEventListener('click',function(){t('click',a.href)})});}(window,document);";

    private NewsPage() {
    }

    /** A news item; {@code marked}: in an {@code <article>}, else in plain divs as many older sites have it. */
    static String news(String article, int i, boolean marked) {
        String[] paras = article.split("\n\n");
        StringBuilder sb = head(paras[0], i);
        sb.append(marked ? "<main id=\"main\"><article class=\"story\">" : "<div id=\"main\" class=\"layout\"><div class=\"story-wrap\">")
                .append(marked ? "<header>" : "<div class=\"story-head\">").append("<h1>").append(paras[0]).append("</h1>")
                .append("<div class=\"byline\">By <a href=\"/staff/ann\">Ann Writer</a></div><time datetime=\"2019-11-")
                .append(day(i)).append("T10:00:00Z\">November ").append(day(i)).append(", 2019</time>")
                .append(marked ? "</header>" : "</div>")
                .append("<figure><img src=\"/img/").append(i).append(".jpg\" alt=\"\"><figcaption>Delegates at the talks. Photo: Wire</figcaption></figure>")
                .append("<div class=\"share\"><a href=\"#\">Share</a><a href=\"#\">Tweet</a><a href=\"#\">Email</a></div>")
                .append(marked ? "" : "<div class=\"story-body\">");
        for (int p = 1; p < paras.length; p++) {
            sb.append("<p>").append(paras[p].strip()).append("</p>\n");
            if (p == 3) {
                sb.append("<div class=\"teaser\"><h3><a href=\"/t\">Read next: talks resume in Geneva</a></h3>")
                        .append("<p>Diplomats said the next round would start soon.</p></div>");
            }
        }
        sb.append(marked ? "" : "</div>")
                .append("<ul class=\"related\"><li><a href=\"/1\">Related story one</a></li><li><a href=\"/2\">Related two</a></li></ul>")
                .append(marked ? "</article>" : "</div>");
        return tail(sb.append(marked ? "" : "</div>"), marked);
    }

    /** A long transcript of speaker turns inside kremlin.ru's markup: {@code role=complementary} around {@code articleBody}. */
    static String transcript(List<String> articles, int i) {
        String title = articles.get(0).split("\n\n")[0];
        StringBuilder sb = head(title, i).append("<main><div class=\"read\" role=\"complementary\"><h1>").append(title).append("</h1>")
                .append("<div class=\"read__meta\"><time datetime=\"2019-11-").append(day(i)).append("\">November ").append(day(i))
                .append(", 2019</time></div><div class=\"entry-content\" itemprop=\"articleBody\">");
        String[] speakers = {"President of Russia Vladimir Putin", "Governor Alexander Drozdenko", "Question"};
        int turn = 0;
        for (String a : articles) {
            String[] paras = a.split("\n\n");
            for (int p = 1; p < paras.length; p++) {
                sb.append("<p><b>").append(speakers[turn++ % speakers.length]).append(":</b> ").append(paras[p].strip()).append("</p>\n");
            }
        }
        sb.append("</div><div class=\"read__bottommeta\"><a href=\"/tags/regions\">Regions</a></div></div>");
        return tail(sb, true);
    }

    private static StringBuilder head(String title, int i) {
        StringBuilder sb = new StringBuilder(64 * 1024);
        sb.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(title).append(" | Wire</title><meta name=\"description\" content=\"").append(title)
                .append("\"><meta property=\"og:title\" content=\"").append(title).append("\"><meta property=\"og:type\" content=\"article\">")
                .append("<meta property=\"og:site_name\" content=\"Wire\"><meta name=\"twitter:card\" content=\"summary_large_image\">")
                .append("<meta property=\"article:published_time\" content=\"2019-11-").append(day(i)).append("T10:00:00Z\">")
                .append("<link rel=\"stylesheet\" href=\"/css/site.css\"><link rel=\"preload\" href=\"/fonts/a.woff2\" as=\"font\">")
                .append("<link rel=\"canonical\" href=\"/world/").append(i).append("\"><script>").append(SCRIPT.repeat(20)).append("</script>")
                .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                .append("\"headline\":\"").append(title.replace("\"", "'")).append("\",\"datePublished\":\"2019-11-").append(day(i))
                .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"Ann Writer\"},\"publisher\":{\"@type\":\"Organization\",")
                .append("\"name\":\"Wire\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"/logo.png\"}}}</script>")
                .append("<style>p{margin:0}.teaser{float:right}</style></head><body><a class=\"skip\" href=\"#main\">Skip to content</a>")
                .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">Wire</a><nav><ul>");
        for (String s : SECTIONS) {
            sb.append("<li><a href=\"/").append(s).append("\">").append(s).append("</a><ul class=\"sub\">");
            for (int k = 1; k <= 5; k++) {
                sb.append("<li><a href=\"/").append(s).append('/').append(k).append("\">").append(s).append(' ').append(k).append("</a></li>");
            }
            sb.append("</ul></li>");
        }
        return sb.append("</ul></nav></header><div class=\"cookie-banner\">We use cookies. <button>OK</button></div>")
                .append("<nav class=\"breadcrumbs\"><a href=\"/\">Home</a> › <a href=\"/World\">World</a></nav>");
    }

    private static String tail(StringBuilder sb, boolean marked) {
        sb.append("<aside class=\"most-read\"><h2>Most read</h2>");
        for (int k = 1; k <= 5; k++) {
            sb.append("<div class=\"card\"><img src=\"/img/t").append(k).append(".jpg\" alt=\"\"><h3><a href=\"/story/").append(k)
                    .append("\">Ministers meet again over trade, round ").append(k).append("</a></h3><p>Officials expect a statement on Friday.</p></div>");
        }
        sb.append("</aside>").append(marked ? "</main>" : "")
                .append("<div class=\"newsletter\"><form action=\"/subscribe\"><label>Get the morning briefing</label>")
                .append("<input type=\"email\" name=\"e\"><button>Sign up</button></form></div><footer class=\"site-footer\">");
        for (String col : new String[] {"About", "Help", "Legal"}) {
            sb.append("<div class=\"col\"><h4>").append(col).append("</h4><ul>");
            for (int k = 1; k <= 4; k++) {
                sb.append("<li><a href=\"/").append(col).append('/').append(k).append("\">").append(col).append(" page ").append(k).append("</a></li>");
            }
            sb.append("</ul></div>");
        }
        return sb.append("<p>© Wire. All rights reserved.</p></footer><script>").append(SCRIPT.repeat(10))
                .append("</script><script src=\"/js/ads.js\" async></script></body></html>").toString();
    }

    private static String day(int i) {
        return String.format("%02d", 1 + i % 28);
    }
}
