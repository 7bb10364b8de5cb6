package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/** Real sites' markup: a kremlin.ru transcript, a White House page, and Mozilla Readability's own test pages. */
class HtmlPagesTest {
    static byte[] resource(String name) throws IOException {
        try (InputStream in = HtmlPagesTest.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        }
    }

    static NewDocument read(String name, ImportOptions options) throws Exception {
        return new HtmlImporter(options).read(new SourceFile(Path.of(name.substring(name.lastIndexOf('/') + 1)), resource(name))).get(0);
    }

    @Test
    void aKremlinTranscriptInsideRoleComplementaryComesInWholeWithItsMetadata() throws Exception {
        NewDocument d = read("pages/kremlin-transcript.html", ImportOptions.DEFAULT);
        assertThat(d.text()).contains("\n\nPresident of Russia Vladimir Putin: Good afternoon, friends.")
                .contains("Alexander Drozdenko: The roads are being repaired")
                .doesNotContain("Creative Commons", "Telephone conversation", "Search", "Transcripts");
        DocumentMeta m = d.meta();
        assertThat(m.title()).isEqualTo("Meeting with Governor of Leningrad Region Alexander Drozdenko");
        assertThat(m.source()).isEqualTo("President of Russia");
        assertThat(m.url()).isEqualTo("http://en.kremlin.ru/events/president/transcripts/75948");
        assertThat(m.published().iso()).isEqualTo("2024-12-26");
        assertThat(m.language()).isEqualTo("en");
    }

    @Test
    void aWhiteHousePageWithoutArticleMarkupGivesItsRemarksAndMetadata() throws Exception {
        NewDocument d = read("pages/whitehouse-remarks.html", ImportOptions.DEFAULT);
        assertThat(d.text()).contains("THE PRESIDENT: Thank you very much.", "Q Mr. President, a question on the talks in Geneva")
                .doesNotContain("Sign up for updates", "Statement on the jobs report", "Skip to content");
        assertThat(d.meta().title()).isEqualTo("Remarks by the President on the Economy");
        assertThat(d.meta().source()).isEqualTo("The White House");
        assertThat(d.meta().published().iso()).isEqualTo("2024-06-14");
        assertThat(d.meta().url()).startsWith("https://www.whitehouse.gov/briefing-room/");
    }

    @Test
    void wholePageImportsEveryVisibleText() throws Exception {
        NewDocument d = read("pages/whitehouse-remarks.html", ImportOptions.DEFAULT.withWholePage(true));
        assertThat(d.text()).contains("THE PRESIDENT: Thank you very much.", "Sign up for updates", "Statement on the jobs report")
                .doesNotContain("admin-ajax");
    }

    @Test
    void aPageOfLinksOnlyIsStillImportedAndOnlyAnEmptyPageIsRefused() throws Exception {
        String links = "<html><body><ul><li><a href=/a>First link</a></li><li><a href=/b>Second link</a></li></ul></body></html>";
        NewDocument d = new HtmlImporter().read(new SourceFile(Path.of("links.html"), links.getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(d.text()).contains("First link", "Second link");
        String empty = "<html><head><title>Nothing</title><script>var a = 1;</script></head><body> <div></div> </body></html>";
        assertThatThrownBy(() -> new HtmlImporter().read(new SourceFile(Path.of("empty.html"), empty.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("the page has no text");
    }

    @Test
    void aRelativeCanonicalAddressIsMadeAbsoluteOrLeftOut() {
        assertThat(PageTitle.absolute(null, "/a/b", "https://site.org/x/y")).isEqualTo("https://site.org/a/b");
        assertThat(PageTitle.absolute("https://base.org/", "/a/b")).isEqualTo("https://base.org/a/b");
        assertThat(PageTitle.absolute(null, "/a/b")).isNull();
        assertThat(PageTitle.withoutSite("Talks go on - minister", "TASS")).isEqualTo("Talks go on - minister");
        assertThat(PageTitle.withoutSite("Talks go on - TASS", "TASS")).isEqualTo("Talks go on");
        assertThat(PageTitle.withoutSite("Remarks on trade | Wire", null)).isEqualTo("Remarks on trade");
    }

    private static String flat(String s) {
        return s.replaceAll("[\\s\u00a0]+", " ");
    }

    /** Mozilla Readability's test pages (Apache-2.0, see src/test/resources/readability/NOTICE). */
    @ParameterizedTest
    @ValueSource(strings = {"bbc-1", "lemonde-1", "seattletimes-1"})
    void mozillaReadabilityTestPages(String page) throws Exception {
        NewDocument d = read("readability/" + page + "/source.html", ImportOptions.DEFAULT);
        JsonNode expected = new ObjectMapper().readTree(resource("readability/" + page + "/expected-metadata.json"));
        org.jsoup.nodes.Document want = Jsoup.parse(new String(resource("readability/" + page + "/expected.html"), StandardCharsets.UTF_8));
        String wantText = want.body().text();
        String got = flat(d.text());
        for (org.jsoup.nodes.Element p : want.select("p")) {
            if (p.text().length() > 80) {
                assertThat(got).as(page).contains(flat(p.text()).substring(0, 60));
            }
        }
        assertThat(got.length()).as(page).isBetween(wantText.length() * 8 / 10, wantText.length() * 12 / 10);
        assertThat(d.meta().title()).isEqualTo(expected.get("title").asText());
        assertThat(d.meta().language()).isEqualTo(expected.get("lang").asText().split("-")[0]);
    }
}
