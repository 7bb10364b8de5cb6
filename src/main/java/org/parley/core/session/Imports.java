package org.parley.core.session;

import java.nio.file.Path;
import java.util.List;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportOptions;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.ingest.Importers;

/**
 * File > Import files / Import folder / a drop on the window: one batch import as a job, its progress
 * (files done of all, the file at hand) coalesced through {@link JobControl}; Cancel stops it after the
 * file at hand and the files imported before are kept (the summary says it was cancelled).
 */
public final class Imports {
    private Imports() {
    }

    public static RunningJob start(OpenCorpus open, List<Path> paths, String coder, JobWatcher<ImportSummary> watcher) {
        return start(open, paths, coder, ImportOptions.DEFAULT, watcher);
    }

    /** As {@link #start(OpenCorpus, List, String, JobWatcher)} with {@code options} (a web page's whole text, say). */
    public static RunningJob start(OpenCorpus open, List<Path> paths, String coder, ImportOptions options,
            JobWatcher<ImportSummary> watcher) {
        List<Path> files = List.copyOf(paths);
        return open.startJob("import files", (corpus, control) -> new BatchImport(corpus, coder, Importers.all(options))
                .run(files, (done, total, current) -> control.progress(done, total, current), control.cancelFlag()), watcher);
    }
}
