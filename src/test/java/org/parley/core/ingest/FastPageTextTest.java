package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Postprocessor;
import net.dankito.readability4j.processor.Preprocessor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.core.store.NewDocument;

/** The shortcuts that make web pages quick to import give the text the slow way gave. */
class FastPageTextTest {
    private static final String WORDS = "The delegations met in Geneva on Tuesday, and the talks went on late into the night. ";

    @Test
    void readabilitysNormalizeWithoutARegexGivesWhatTheRegexGives() {
        Pattern twoOrMore = Pattern.compile("\\s{2,}");
        Random r = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r\u00A0x";
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            assertThat(ReadabilityPatterns.SHARED.normalize(s)).as("'%s'", s).isEqualTo(twoOrMore.matcher(s).replaceAll(" "));
        }
    }

    /** Our grabber skips the library's HTML write-outs; what it grabs stays the library's, also when it tries again. */
    @ParameterizedTest
    @ValueSource(strings = {"readability/bbc-1/source.html", "readability/lemonde-1/source.html", "pages/whitehouse-remarks.html",
            "pages/kremlin-transcript.html", "SHORT"})
    void theGrabberGrabsWhatReadability4JGrabs(String page) throws Exception {
        String html = page.equals("SHORT") // under Readability's 500 characters: it starts again with fewer rules, twice
                ? "<html><head><title>Short</title></head><body><div class=\"comment\"><p>Only this short text, which is in a comment box."
                        + "</p></div><div class=\"sidebar\">Side</div></body></html>"
                : new String(HtmlPagesTest.resource(page), StandardCharsets.UTF_8);
        Element theirs = new Readability4J("https://site.org/", Jsoup.parse(html)).parse().getArticleContent();
        Document mine = Jsoup.parse(html);
        Element ours = new Readability4J("https://site.org/", mine, new ReadabilityOptions(),
                ReadabilityPatterns.SHARED, new Preprocessor(ReadabilityPatterns.SHARED),
                new MetadataParser(ReadabilityPatterns.SHARED),
                new ReadabilityGrabber(new ReadabilityOptions()),
                new Postprocessor()).parse().getArticleContent();
        assertThat(ours).isNotNull();
        assertThat(ours.outerHtml()).isEqualTo(theirs.outerHtml());
    }

    @Test
    void aClearlyMarkedArticleIsReadWithoutReadabilityAndLosesItsTeasersAndRelatedPosts() throws Exception {
        String page = "<html><body><nav><a href=/>Home</a></nav><article><h1>Talks go on</h1><p>" + WORDS.repeat(4) + "</p>"
                + "<div class=\"teaser\"><h3><a href=\"/t\">Read next: ministers meet again</a></h3><p>A short summary.</p></div>"
                + "<p>" + WORDS.repeat(4) + "</p><div id=\"jp-relatedposts\" class=\"jp-relatedposts\"><p>Similar post about trade, "
                + "which is long enough to be a paragraph of its own</p></div></article><footer>© Site</footer></body></html>";
        Document d = Jsoup.parse(page);
        ArticleBody.removeNoise(d.body());
        String text = MarkedArticle.text(d.body());
        assertThat(text).isNotNull().startsWith("Talks go on\n\nThe delegations met")
                .doesNotContain("Read next", "A short summary", "Similar post");
        NewDocument imported = new HtmlImporter().read(new SourceFile(Path.of("talks.html"), page.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(imported.text()).isEqualTo(text);
    }

    @Test
    void aMarkThatIsNotClearIsLeftToReadability() {
        String two = "<html><body><article><p>" + WORDS.repeat(8) + "</p></article><article><p>" + WORDS.repeat(8) + "</p></article></body></html>";
        String small = "<html><body><article><p>" + WORDS + "</p></article></body></html>";
        String outside = "<html><body><article><p>" + WORDS.repeat(8) + "</p></article><div><p>" + WORDS.repeat(8) + "</p></div></body></html>";
        for (String page : new String[] {two, small, outside}) {
            Document d = Jsoup.parse(page);
            assertThat(MarkedArticle.text(d.body())).isNull();
        }
    }

    @Test
    void pageMetadataTakesTheFirstOfEachInPageOrderAnyCase() throws Exception {
        String page = "<html lang=\"de-AT\"><head><meta NAME=\"DC.Date.Issued\" content=\"2024-03-05\">"
                + "<meta property=\"og:site_name\" content=\"First Site\"><meta name=\"og:site_name\" content=\"Second\">"
                + "<link rel=\"Canonical \" href=\"https://site.org/a\"><link rel=\"canonical\" href=\"https://site.org/b\">"
                + "<script type=\"application/LD+JSON\">{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\"}</script></head>"
                + "<body><span itemprop=\"author\">Ann</span><a rel=\"author\" href=\"/b\">Bob</a><p>" + WORDS.repeat(8) + "</p></body></html>";
        PageMetadata m = PageMetadata.of(Jsoup.parse(page));
        assertThat(m.published()).isEqualTo("2024-03-05");
        assertThat(m.siteName()).isEqualTo("First Site");
        assertThat(m.url()).isEqualTo("https://site.org/a");
        assertThat(m.title()).isEqualTo("From JSON-LD");
        assertThat(m.author()).isEqualTo("Ann");
        assertThat(m.language()).isEqualTo("de");
    }
}
