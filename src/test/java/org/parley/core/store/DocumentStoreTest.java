package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;

class DocumentStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDuplicateTextIsNotAddedTwice() {
        try (Corpus c = TestCorpus.create(dir)) {
            DocumentStore store = new DocumentStore(c);
            DocumentStore.Added a = store.add(new NewDocument("same text", DocumentMeta.titled("a")), "t");
            DocumentStore.Added b = store.add(new NewDocument("same text", DocumentMeta.titled("b")), "t");
            assertThat(b.duplicate()).isTrue();
            assertThat(b.id()).isEqualTo(a.id());
            assertThat(store.count()).isEqualTo(1);
        }
    }

    @Test
    void findsByIdOrUuidAndSearchesTitleAndText() {
        try (Corpus c = TestCorpus.create(dir)) {
            DocumentStore store = new DocumentStore(c);
            DocumentStore.Added a = store.add(new NewDocument("The INF Treaty ended in 2019.\nArms control is in crisis.",
                    DocumentMeta.titled("Лавров о договорах")), "t");
            store.add(new NewDocument("Nothing relevant here.", DocumentMeta.titled("Weather")), "t");
            Document byUuid = store.get(a.uuid());
            assertThat(store.get(String.valueOf(a.id()))).isEqualTo(byUuid);
            List<SearchIndex.Hit> hits = new SearchIndex(c).search("\"arms control\"", 50);
            assertThat(hits).extracting(SearchIndex.Hit::id).containsExactly(a.id());
            assertThat(hits.get(0).snippet()).contains("[Arms control]");
            assertThat(new SearchIndex(c).search("лавров", 50)).hasSize(1);
        }
    }

    @Test
    void trashedDocumentsLeaveTheListAndSearchAndComeBack() {
        try (Corpus c = TestCorpus.create(dir)) {
            DocumentStore store = new DocumentStore(c);
            long id = store.add(new NewDocument("arms control text", DocumentMeta.titled("t")), "t").id();
            store.trash(id, "t");
            DocumentListing listing = new DocumentListing(c);
            assertThat(listing.page(DocumentListing.Query.all())).isEmpty();
            assertThat(new SearchIndex(c).search("arms", 5)).isEmpty();
            store.restore(id, "t");
            assertThat(listing.page(DocumentListing.Query.all())).hasSize(1);
        }
    }

    @Test
    void documentsAddedInBulkAreSearchableOnceTheirPendingRangeIsIndexed() {
        try (Corpus c = TestCorpus.create(dir)) {
            c.bulk(true);
            c.write("bulk", conn -> {
                try (DocumentWriter w = new DocumentWriter(conn, c.now())) {
                    for (int i = 0; i < 20; i++) {
                        w.insert(new NewDocument("doc " + i + " zugzwang", DocumentMeta.titled("d" + i)), "t", false);
                    }
                    assertThat(matches(conn)).as("not indexed yet").isZero();
                    w.indexPending();
                    assertThat(matches(conn)).isEqualTo(20);
                }
                return null;
            });
            c.bulk(false);
            assertThat(new SearchIndex(c).search("zugzwang", 50)).hasSize(20);
        }
    }

    private static int matches(java.sql.Connection conn) throws java.sql.SQLException {
        try (var st = conn.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM document_fts WHERE document_fts MATCH 'zugzwang'")) {
            return rs.getInt(1);
        }
    }
}
