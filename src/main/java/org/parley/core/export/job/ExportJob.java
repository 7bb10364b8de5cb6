package org.parley.core.export.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.export.Export;
import org.parley.core.export.ExportCancelledException;
import org.parley.core.export.ExportResult;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.Exporters;
import org.parley.core.export.exchange.ExchangeFormat;
import org.parley.core.files.FileProblem;
import org.parley.core.files.OutputRefusedException;
import org.parley.core.files.OutputTarget;
import org.parley.core.store.Corpus;

/**
 * Runs one {@link ExportRequest} so that the target holds the whole export or nothing new: the export is
 * written into a {@link Staging} folder beside it and moved into place at the end; a failure or a
 * cancel deletes what was written. Failures come out as {@link ExportFailedException}, one line naming
 * the target and the problem; a cancel as {@link ExportCancelledException}.
 */
public final class ExportJob {
    private ExportJob() {
    }

    public static ExportResult run(Corpus corpus, ExportRequest request, ExportWatch watch) {
        Path out = request.out().toAbsolutePath().normalize();
        Path target = target(corpus, request);
        ExportSource source = new ExportSource(corpus, request.selection()).watchedBy(watch);
        Staging staging = null;
        try {
            watch.expect(source.documentIds().size()); // a bad document or search fails here, before any file is made
            if (request.writesFolder()) {
                Files.createDirectories(target.getParent());
            }
            staging = Staging.beside(target, corpus.file());
            ExportResult result = write(request, source, staging.staged(), watch);
            if (watch.isCancelled()) {
                throw new ExportCancelledException();
            }
            staging.commit(request.writesFolder());
            return translated(result, staging);
        } catch (ExportCancelledException | org.parley.core.store.CorpusRefusedException e) {
            discard(staging); // a damaged or locked corpus is told in its own words, as for every command
            throw e;
        } catch (Exception e) {
            discard(staging);
            String problem = FileProblem.of(e);
            throw new ExportFailedException(out + ": " + (staging == null ? problem : staging.translate(problem)), e);
        }
    }

    /**
     * Where the export goes, as {@link OutputTarget} allows: never over the corpus or any other, never into a
     * device or pipe, through a symbolic link to the file or folder it names.
     */
    private static Path target(Corpus corpus, ExportRequest request) {
        String what = request.format().title() + (request.split() != null ? " with a split" : "");
        try {
            return OutputTarget.check(request.out(), request.writesFolder() ? OutputTarget.Shape.FOLDER : OutputTarget.Shape.FILE,
                    what, corpus.file());
        } catch (OutputRefusedException e) {
            throw new ExportFailedException(e.getMessage(), e);
        }
    }

    private static ExportResult write(ExportRequest request, ExportSource source, Path target, ExportWatch watch) throws Exception {
        ExportFormat format = request.format();
        if (Exporters.NAMES.contains(format.name())) {
            return Export.run(source, Exporters.byName(format.name(), request.bom()), target, request.split());
        }
        ExchangeFormat.parse(format.name()).writer().write(source, target, request.options());
        List<String> notes = new ArrayList<>();
        if (format.uses(ExportFormat.Option.REVIEW)) {
            notes.add("only claims with a verdict become reviews");
        }
        return new ExportResult(watch.documents(), watch.claims(), 0, notes, List.of(target.toString()));
    }

    private static ExportResult translated(ExportResult r, Staging staging) {
        return new ExportResult(r.documents(), r.claims(), r.dropped(), r.notes().stream().map(staging::translate).toList(),
                r.files().stream().map(staging::translate).toList());
    }

    private static void discard(Staging staging) {
        if (staging != null) {
            staging.discard();
        }
    }
}
