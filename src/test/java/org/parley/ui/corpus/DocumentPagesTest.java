package org.parley.ui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;
import org.parley.ui.common.TaskRunner;

/** Rows are read a page at a time, in the background: null until their page arrives, then announced. */
class DocumentPagesTest {
    @TempDir
    Path dir;

    /** Holds work until {@link #finish} runs it, as the background thread would later. */
    static final class Later implements TaskRunner {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(String what, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
            queued.add(() -> {
                try {
                    done.accept(work.call());
                } catch (Exception e) {
                    failed.accept(e);
                }
            });
        }

        @Override
        public <T> void compute(String what, Callable<T> work, Consumer<T> done) {
            run(what, work, done, e -> { });
        }

        @Override
        public void drain() {
        }

        int finish() {
            List<Runnable> now = new ArrayList<>(queued);
            queued.clear();
            now.forEach(Runnable::run);
            return now.size();
        }
    }

    @Test
    void readsOnlyThePagesAskedForAndAnnouncesThemWhenTheyArrive() {
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            c.write("fill", x -> {
                for (int i = 0; i < 450; i++) {
                    DocumentStore.insert(x, c.now(), new NewDocument("text " + i, DocumentMeta.titled("doc " + i)), "t");
                }
                return null;
            });
            Later later = new Later();
            DocumentPages pages = new DocumentPages(new DocumentListing(c), later);
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
            assertThat(later.finish()).isEqualTo(1);            // one read for the page holding 400..449
            assertThat(updated).containsExactly(400);
            assertThat(pages.get(420).title()).isEqualTo("doc 420");

            pages.reload("doc 1", DocumentListing.Sort.TITLE);
            assertThat(pages.get(0)).isNull();
            later.finish();
            assertThat(pages.get(0).title()).isEqualTo("doc 1");
        }
    }
}
