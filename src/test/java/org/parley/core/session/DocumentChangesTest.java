package org.parley.core.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentSummary;
import org.parley.core.store.TestCorpus;

/** A document's corrections, trash and memos on the real ordered lane: each read sees every save made before it. */
class DocumentChangesTest {
    @TempDir
    Path dir;

    private static <T> T answer(CompletableFuture<T> f) throws Exception {
        return f.get(30, TimeUnit.SECONDS);
    }

    @Test
    void readsSeeTheCorrectionsTrashAndMemosSavedBeforeThem() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            Corpus c = TestCorpus.create(dir);
            long doc = TestCorpus.addText(c, "Wrong title", "Lavrov: US seeking to wreck arms control.");
            try (OpenCorpus open = OpenCorpus.of(c, Runnable::run)) {
                DocumentChanges changes = new DocumentChanges(open, "Anna");
                DocumentMeta fixed = new DocumentMeta("Lavrov on arms control", "TASS", null, null, new PartialDate("2019-11-01"),
                        "Moscow", "en", null, null, null, Map.of("section", "World"));
                changes.update("edit document details", doc, fixed, d -> { });
                changes.memo("edit document memo", new org.parley.core.store.DocumentStore(c).get(String.valueOf(doc)).uuid(),
                        "Check the date.", () -> { });
                changes.memo("edit the corpus memo", null, "Journal.", () -> { });
                CompletableFuture<DocumentChanges.Details> details = new CompletableFuture<>();
                changes.details(doc, details::complete, details::completeExceptionally);
                assertThat(answer(details).document().meta()).isEqualTo(fixed);
                assertThat(answer(details).memo()).isEqualTo("Check the date.");
                CompletableFuture<String> journal = new CompletableFuture<>();
                changes.corpusMemo(journal::complete, journal::completeExceptionally);
                assertThat(answer(journal)).isEqualTo("Journal.");

                changes.trash("move document to the trash", doc, () -> { });
                CompletableFuture<List<DocumentSummary>> trashed = new CompletableFuture<>();
                changes.trashed(trashed::complete, trashed::completeExceptionally);
                assertThat(answer(trashed)).extracting(DocumentSummary::title).containsExactly("Lavrov on arms control");
                changes.restore("restore document", doc, () -> { });
                CompletableFuture<List<DocumentSummary>> after = new CompletableFuture<>();
                changes.trashed(after::complete, after::completeExceptionally);
                assertThat(answer(after)).isEmpty();
            }
        });
    }
}
