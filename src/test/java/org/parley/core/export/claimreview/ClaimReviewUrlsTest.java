package org.parley.core.export.claimreview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.export.ExportFixture;
import org.parley.core.export.ExportOptions;
import org.parley.core.export.Selection;
import org.parley.core.export.exchange.HardTextCorpus;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;

/** What a fact-checker's page publishes: absolute addresses only, no URL template left in, quotes on one line of plain spaces. */
class ClaimReviewUrlsTest {
    static final String TEXT = "Lavrov said:\u00A0“The\u00A0US is\u202Fseeking to\u2009wreck\nthe treaty.”";
    static final String QUOTE = "“The\u00A0US is\u202Fseeking to\u2009wreck\nthe treaty.”";

    @TempDir
    Path dir;

    @Test
    void authorUrlIsTheSiteAppearanceUrlIsAbsoluteOrAbsentAndTheClaimsSpacesAreFolded() throws Exception {
        Path out = dir.resolve("reviews.json");
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            new CodebookStore(c).merge(CodebookPresets.preset("fact-check"), "tester");
            DocumentStore docs = new DocumentStore(c);
            long withBase = docs.add(new NewDocument(TEXT, meta("Relative canonical", "/en/news/1894093?x=1",
                    Map.of("source_url", "https://tass.com/politics/1894093"))), "tester").id();
            long noBase = docs.add(new NewDocument(TEXT + " Again.", meta("No base", "../news/7", Map.of())), "tester").id();
            long absolute = docs.add(new NewDocument(TEXT + " Once more.", meta("Absolute", "https://ria.ru/20241226/x.html", Map.of())),
                    "tester").id();
            for (long d : List.of(withBase, noBase, absolute)) {
                new AnnotationStore(c).add(new NewAnnotation(null, d, HardTextCorpus.span(TEXT, QUOTE),
                        Map.of("verdict", List.of("False")), "", AnnotationStatus.ACCEPTED, "Ana"));
            }
            ExportFixture.export(c, Selection.all(), "claimreview",
                    new ExportOptions(null, "Parley Fact Check", "https://factcheck.example.org/claims/{id}"), out);
        }
        JsonNode reviews = new ObjectMapper().readTree(out.toFile());
        assertThat(reviews).hasSize(3);
        for (JsonNode r : reviews) {
            assertThat(r.get("author").get("url").asText()).isEqualTo("https://factcheck.example.org/");
            assertThat(r.get("url").asText()).startsWith("https://factcheck.example.org/claims/").doesNotContain("{id}");
            assertThat(r.get("claimReviewed").asText()).isEqualTo("“The US is seeking to wreck the treaty.”");
        }
        assertThat(reviews.get(0).get("itemReviewed").get("appearance").get("url").asText())
                .isEqualTo("https://tass.com/en/news/1894093?x=1");
        assertThat(reviews.get(1).get("itemReviewed").get("appearance").has("url")).as("relative with no base: left out").isFalse();
        assertThat(reviews.get(1).get("itemReviewed").get("appearance").get("headline").asText()).isEqualTo("No base");
        assertThat(reviews.get(2).get("itemReviewed").get("appearance").get("url").asText()).isEqualTo("https://ria.ru/20241226/x.html");
        assertThat(ClaimReviewWriter.siteUrl("https://factcheck.example.org/claims/")).isEqualTo("https://factcheck.example.org/claims/");
    }

    private static DocumentMeta meta(String title, String url, Map<String, String> extra) {
        return new DocumentMeta(title, "TASS", null, url, null, null, "en", null, null, null, extra);
    }
}
