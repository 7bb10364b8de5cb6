package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Span;

/** A claim counts as coded only when accepted with a code in every single-valued dimension of the codebook. */
class CodedDocumentsTest {
    @TempDir
    Path dir;

    @Test
    void aClaimWithNoCodesOrAMissingDimensionIsNotCoded() {
        try (Corpus c = TestCorpus.create(dir)) {
            Map<String, List<String>> full = Map.of("speaker", List.of("Russia"), "target", List.of("United States"),
                    "stance", List.of("accuse"));
            claim(c, TestCorpus.addText(c, "no codes", "Lavrov spoke."), Map.of(), AnnotationStatus.ACCEPTED);
            claim(c, TestCorpus.addText(c, "all", "Lavrov accused."), full, AnnotationStatus.ACCEPTED);
            claim(c, TestCorpus.addText(c, "speaker only", "Lavrov said."), Map.of("speaker", List.of("Russia")), AnnotationStatus.ACCEPTED);
            claim(c, TestCorpus.addText(c, "suggested", "Lavrov warned."), full, AnnotationStatus.SUGGESTED);

            List<DocumentSummary> rows = new DocumentListing(c).page(DocumentListing.Query.all());
            assertThat(rows).extracting(DocumentSummary::title).containsExactly("no codes", "all", "speaker only", "suggested");
            assertThat(rows).extracting(DocumentSummary::coded).containsExactly(0, 1, 0, 0);
            assertThat(rows).extracting(DocumentSummary::accepted).containsExactly(1, 1, 1, 0);
        }
    }

    private static void claim(Corpus c, long doc, Map<String, List<String>> codes, AnnotationStatus status) {
        new AnnotationStore(c).add(new NewAnnotation(null, doc, new Span(0, 6), codes, "", status, "tester"));
    }
}
