package org.parley.core.session;

import org.parley.core.ingest.PastedText;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;

/**
 * Edit > Paste as document: the clipboard's text becomes a document as a job, read as an imported text file is
 * ({@link PastedText}: front matter, headline, dateline's place, agency and date, language).
 */
public final class Pasting {
    /** The document the text became; {@code duplicate}: the same text was already document {@code id}. */
    public record Pasted(long id, boolean duplicate) {
        public Pasted {
            if (id <= 0) {
                throw new IllegalArgumentException("a document id is positive: " + id);
            }
        }
    }

    private Pasting() {
    }

    /** True when {@code text} holds something to paste (not null, not only white space). */
    public static boolean worthPasting(String text) {
        return text != null && !text.isBlank();
    }

    public static RunningJob paste(OpenCorpus open, String text, String coder, JobWatcher<Pasted> watcher) {
        if (!worthPasting(text)) {
            throw new IllegalArgumentException("nothing to paste");
        }
        return open.startJob("add pasted document", (corpus, control) -> {
            NewDocument doc = PastedText.document(text);
            DocumentStore.Added added = new DocumentStore(corpus).add(doc, coder);
            return new Pasted(added.id(), added.duplicate());
        }, watcher);
    }
}
