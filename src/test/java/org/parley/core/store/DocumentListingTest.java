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
            DocumentStore docs = new DocumentStore(c);
            docs.add(new NewDocument("one", DocumentMeta.titled("МОСКВА, 1 ноября. США стремятся")), "t");
            docs.add(new NewDocument("two", DocumentMeta.titled("Москва не отказывается от диалога")), "t");
            docs.add(new NewDocument("three", DocumentMeta.titled("Washington reacts")), "t");
            DocumentListing listing = new DocumentListing(c);
            assertThat(listing.count("москва", false)).isEqualTo(2);
            assertThat(listing.page(new DocumentListing.Query("москва", DocumentListing.Sort.TITLE, false, 0, 10)))
                    .extracting(DocumentSummary::id).containsExactlyInAnyOrder(1L, 2L);
            assertThat(listing.count("WASHINGTON", false)).isEqualTo(1);
            assertThat(listing.count("сша", false)).isEqualTo(1);
        }
    }
}
