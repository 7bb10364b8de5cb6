package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.Ids;

/** One memo per document and one for the corpus, each change audited, an empty text removing it. */
class MemoStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDocumentsMemoAndTheCorpusMemoAreKeptApartAndAudited() {
        try (Corpus corpus = Corpus.create(dir.resolve("c.parley"))) {
            String doc = new DocumentStore(corpus).add(new NewDocument("Lavrov spoke.", DocumentMeta.titled("t")), "Anna").uuid();
            MemoStore memos = new MemoStore(corpus);
            assertThat(memos.text(doc)).isEmpty();
            memos.set(doc, "Check the date.\n", "Anna");
            memos.set(null, "Journal: warn means a threat.", "Ben");
            assertThat(memos.text(doc)).isEqualTo("Check the date.");
            assertThat(memos.text(null)).isEqualTo("Journal: warn means a threat.");
            assertThat(memos.find(null).orElseThrow().coder()).isEqualTo("Ben");

            memos.set(doc, "Checked: 1 November.", "Ben");
            assertThat(memos.text(doc)).isEqualTo("Checked: 1 November.");
            AuditLog.Entry last = AuditLog.recent(corpus, 1).get(0);
            assertThat(last.entity()).isEqualTo("memo");
            assertThat(last.before()).isEqualTo("\"Check the date.\"");
            assertThat(last.after()).isEqualTo("\"Checked: 1 November.\"");

            memos.set(doc, "  ", "Ben");
            assertThat(memos.find(doc)).isEmpty();
            assertThat(memos.text(null)).isEqualTo("Journal: warn means a threat.");
            assertThatThrownBy(() -> memos.set(Ids.newUuid(), "x", "Ben")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no document");
        }
    }
}
