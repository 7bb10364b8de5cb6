package org.parley.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.DocumentMeta;
import org.parley.core.session.DocumentList;
import org.parley.core.session.OpenCorpus;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;

/** The count and the rows are read in the background, a page at a time: null until their page arrives, then announced. */
class DocumentPagesTest {
    @TempDir
    Path dir;

    /** Holds the lane's answers until {@link #finish} hands them over, as the FX thread would later. */
    static final class Later implements Executor {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public synchronized void execute(Runnable answer) {
            queued.add(answer);
        }

        /** Waits for the lane's reads, then hands over their answers; returns how many. */
        int finish(OpenCorpus open) {
            open.saves().settle(Duration.ofSeconds(10));
            List<Runnable> now;
            synchronized (this) {
                now = new ArrayList<>(queued);
                queued.clear();
            }
            now.forEach(Runnable::run);
            return now.size();
        }
    }

    @Test
    void readsOnlyThePagesAskedForAndAnnouncesThemWhenTheyArrive() {
        Corpus c = Corpus.create(dir.resolve("c.parley"));
        c.write("fill", x -> {
            for (int i = 0; i < 450; i++) {
                DocumentStore.insert(x, c.now(), new NewDocument("text " + i, DocumentMeta.titled("doc " + i)), "t");
            }
            return null;
        });
        Later later = new Later();
        try (OpenCorpus open = OpenCorpus.of(c, later)) {
            DocumentPages pages = new DocumentPages(new DocumentList(open));
            assertThat(pages).as("not counted yet").isEmpty();
            assertThat(later.finish(open)).as("the count").isEqualTo(1);
            List<Integer> updated = new ArrayList<>();
            pages.addListener((ListChangeListener<Object>) ch -> {
                while (ch.next()) {
                    if (ch.wasUpdated()) {
                        updated.add(ch.getFrom());
                    }
                }
            });
            assertThat(pages).hasSize(450);
            assertThat(pages.get(420)).isNull();
            assertThat(pages.get(410)).isNull();
            assertThat(later.finish(open)).isEqualTo(1);            // one read for the page holding 400..449
            assertThat(updated).containsExactly(400);
            assertThat(pages.get(420).title()).isEqualTo("doc 420");

            pages.reload("doc 1", DocumentListing.Sort.TITLE);
            assertThat(pages.get(0)).isNull();
            assertThat(later.finish(open)).as("the count and the first page").isEqualTo(2);
            assertThat(pages).hasSize(111); // doc 1, doc 10..19, doc 100..199
            assertThat(pages.get(0).title()).isEqualTo("doc 1");
        }
    }
}
