package org.parley.ui.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.parley.core.export.ExportResult;
import org.parley.core.export.job.ExportFormat.Option;
import org.parley.core.export.job.ExportJobs;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.session.JobWatcher;
import org.parley.core.session.OpenCorpus;
import org.parley.core.session.Progress;
import org.parley.core.session.RunningJob;

/** One export as it runs: progress (documents done of all), Cancel, and how it ended. */
public final class ExportRun {
    /** How an export ended. */
    public enum End { DONE, CANCELLED, FAILED }

    /** How an export ended: a headline, further lines (file, split, notes) and the folder holding the result (null when none). */
    public record Outcome(End end, String headline, List<String> details, Path folder) {
        public Outcome {
            details = List.copyOf(details);
        }

        public boolean ok() {
            return end == End.DONE;
        }
    }

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>();
    private RunningJob job;

    /**
     * Runs {@code request} as a job on the corpus's jobs lane, beside the saves; its progress (coalesced)
     * and ending reach the properties through the lane's callbacks (the FX thread in the app).
     */
    void start(OpenCorpus corpus, ExportRequest request) {
        outcome.set(null);
        running.set(true);
        progress.set(-1);
        status.set("Reading the selection…");
        job = ExportJobs.start(corpus, request, new JobWatcher<>() {
            @Override
            public void progress(Progress p) {
                if (running.get() && !job.isCancelled()) {
                    progress.set(p.total() == 0 ? 1 : p.fraction());
                    status.set(p.text());
                }
            }

            @Override
            public void done(ExportResult result) {
                ended(summary(request, result));
            }

            @Override
            public void failed(Throwable e) {
                ended(new Outcome(End.FAILED, "Could not export " + e.getMessage(), List.of(), null));
            }

            @Override
            public void cancelled() {
                ended(new Outcome(End.CANCELLED, "Export cancelled: nothing was written.", List.of(), null));
            }
        });
    }

    /** Waits up to {@code limit} for the export to end (its outcome is then set, when the lane's callbacks run at once). */
    boolean await(java.time.Duration limit) {
        return job == null || job.await(limit);
    }

    /** Stops the export before its next document; nothing it wrote is kept. */
    public void cancel() {
        if (job != null && running.get()) {
            job.cancel();
            status.set("Cancelling…");
        }
    }

    private void ended(Outcome o) {
        running.set(false);
        progress.set(o.ok() ? 1 : 0);
        status.set("");
        outcome.set(o);
    }

    /** What the export wrote and where, in words. */
    static Outcome summary(ExportRequest r, ExportResult result) {
        String headline = r.format().uses(Option.SELECTION)
                ? "Exported " + count(result.claims(), "claim") + " from " + count(result.documents(), "document") + " as "
                        + r.format().title() + "."
                : "Exported the " + r.format().title() + ".";
        List<String> details = new ArrayList<>();
        details.add((r.writesFolder() ? "Folder: " : "File: ") + r.out());
        if (r.split() != null) {
            details.add("Split " + r.split().train() + "/" + r.split().dev() + "/" + r.split().test() + " (seed " + r.split().seed()
                    + ") into train, dev and test; split.tsv says which document went where.");
        }
        result.notes().forEach(n -> details.add(Character.toUpperCase(n.charAt(0)) + n.substring(1) + "."));
        return new Outcome(End.DONE, headline, details, r.writesFolder() ? r.out() : r.out().getParent());
    }

    private static String count(int n, String word) {
        return String.format(Locale.ROOT, "%,d %s%s", n, word, n == 1 ? "" : "s");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or -1 (indeterminate) while the selection is read. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Null until the export ends. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
