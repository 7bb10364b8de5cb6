package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.DocumentMeta;

class DocumentListingTest {
    @TempDir
    Path dir;

    @Test
    void theFilterIgnoresCaseInCyrillicToo() {
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            DocumentListing listing = listingOf(c,
                    new NewDocument("one", DocumentMeta.titled("МОСКВА, 1 ноября. США стремятся")),
                    new NewDocument("two", DocumentMeta.titled("Москва не отказывается от диалога")),
                    new NewDocument("three", DocumentMeta.titled("Washington reacts")));
            assertThat(listing.count("москва", false)).isEqualTo(2);
            assertThat(listing.page(new DocumentListing.Query("москва", DocumentListing.Sort.TITLE, false, 0, 10)))
                    .extracting(DocumentSummary::id).containsExactlyInAnyOrder(1L, 2L);
            assertThat(listing.count("WASHINGTON", false)).isEqualTo(1);
            assertThat(listing.count("сша", false)).isEqualTo(1);
        }
    }

    @Test
    void theFilterAlsoFindsWordsInTheTextAsTheyAreTyped() {
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            DocumentListing listing = listingOf(c,
                    new NewDocument("Lavrov said the US is seeking to wreck the arms control system.", DocumentMeta.titled("Statement")),
                    new NewDocument("Договор о ракетах средней и меньшей дальности прекратил действие.", DocumentMeta.titled("ДРСМД")),
                    new NewDocument("Control of arms exports was discussed.", DocumentMeta.titled("Exports")),
                    new NewDocument("Nothing here.", new DocumentMeta("Arms control talks", "TASS", null, null, null, null, null, null,
                            null, null, null)));

            assertThat(listing.count("arms control", false)).as("in a text, or in a title").isEqualTo(2);
            assertThat(listing.count("arms contr", false)).as("the last word as it is being typed").isEqualTo(2);
            assertThat(listing.page(new DocumentListing.Query("ARMS CONTROL", DocumentListing.Sort.TITLE, false, 0, 10)))
                    .extracting(DocumentSummary::title).containsExactly("Arms control talks", "Statement");
            assertThat(listing.count("control arms", false)).as("the words as a phrase, not anywhere").isZero();
            assertThat(listing.count("дальности", false)).isEqualTo(1);
            assertThat(listing.count("\"wreck\" OR", false)).as("quotes and operators are plain text").isZero();
            assertThat(listing.count("—", false)).as("no word: title and source only, no error").isZero();
        }
    }

    private static DocumentListing listingOf(Corpus c, NewDocument... documents) {
        DocumentStore docs = new DocumentStore(c);
        for (NewDocument d : documents) {
            docs.add(d, "t");
        }
        return new DocumentListing(c);
    }
}
