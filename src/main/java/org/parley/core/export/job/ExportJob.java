package org.parley.core.export.job;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.export.ExportCancelledException;
import org.parley.core.export.ExportResult;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.ExportWriter;
import org.parley.core.export.ExportWriter.Written;
import org.parley.core.files.FileProblem;
import org.parley.core.files.OutputRefusedException;
import org.parley.core.store.Corpus;
import org.parley.core.store.CorpusRefusedException;

/**
 * Runs one {@link ExportRequest} so that the target holds the whole export or nothing new: the export is
 * written into a {@link Staging} folder beside it and moved into place at the end; a failure or a
 * cancel deletes what was written. Failures come out as {@link ExportFailedException}, one line naming
 * the target and the problem; a cancel as {@link ExportCancelledException}. The documents and claims
 * are counted by {@code watch}, whatever the format.
 */
public final class ExportJob {
    private ExportJob() {
    }

    public static ExportResult run(Corpus corpus, ExportRequest request, ExportWatch watch) {
        Path out = request.out().toAbsolutePath().normalize();
        Path target;
        try {
            target = request.target(corpus.file());
        } catch (OutputRefusedException e) {
            throw new ExportFailedException(e.getMessage(), e);
        }
        ExportSource source = new ExportSource(corpus, request.selection()).watchedBy(watch);
        Staging staging = null;
        try {
            watch.expect(source.documentIds().size()); // a bad document or search fails here, before any file is made
            if (request.writesFolder()) {
                Files.createDirectories(target.getParent());
            }
            staging = Staging.beside(target, corpus.file());
            Written written = write(request, source, staging.staged());
            if (watch.isCancelled()) {
                throw new ExportCancelledException();
            }
            staging.commit(request.writesFolder());
            return translated(ExportResult.of(watch, written), staging);
        } catch (ExportCancelledException | CorpusRefusedException e) {
            discard(staging); // a damaged or locked corpus is told in its own words, as for every command
            throw e;
        } catch (Exception e) {
            discard(staging);
            String problem = FileProblem.of(e);
            throw new ExportFailedException(out + ": " + (staging == null ? problem : staging.translate(problem)), e);
        }
    }

    private static Written write(ExportRequest request, ExportSource source, Path target) throws Exception {
        ExportWriter writer = request.format().writer(request.options());
        if (request.split() != null) {
            return SplitExport.write(source, request.format(), writer, target, request.split());
        }
        if (request.format().writesFolder()) {
            Files.createDirectories(target);
        }
        return writer.write(source, target);
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
