package org.parley.core.export.job;

import java.util.List;
import java.util.function.Consumer;
import org.parley.core.export.ExportResult;
import org.parley.core.export.ExportWatch;
import org.parley.core.model.Coder;
import org.parley.core.session.JobWatcher;
import org.parley.core.session.OpenCorpus;
import org.parley.core.session.RunningJob;
import org.parley.core.store.CoderStore;
import org.parley.core.store.Corpus;

/**
 * Exports from the app: each runs as a job on the corpus's jobs lane, beside the saves, and reads the
 * corpus through a read-only connection of its own, so a save on the ordered lane never waits behind
 * it (the corpus's monitor is per connection) and the export sees every save made before it started.
 * Progress (documents done of all) reaches the watcher coalesced; Cancel stops it before its next
 * document and deletes what it wrote.
 */
public final class ExportJobs {
    private ExportJobs() {
    }

    public static RunningJob start(OpenCorpus corpus, ExportRequest request, JobWatcher<ExportResult> watcher) {
        return corpus.startJob("export " + request.format().name(), (open, control) -> {
            try (Corpus reading = Corpus.openToRead(open.file())) {
                ExportWatch watch = new ExportWatch((done, total) -> control.progress(done, total, "Document " + done + " of " + total),
                        control.cancelFlag());
                return ExportJob.run(reading, request, watch);
            }
        }, watcher);
    }

    /** The corpus's coders by name (for the dialog's coder choice), read on the ordered lane. */
    public static void coders(OpenCorpus corpus, Consumer<List<String>> done, Consumer<Throwable> failed) {
        corpus.read("read coders", c -> new CoderStore(c).all().stream().map(Coder::name).toList(), done, failed);
    }
}
