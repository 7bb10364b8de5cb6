package org.parley.core.export.job;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
        check(request, out);
        ExportSource source = new ExportSource(corpus, request.selection()).watchedBy(watch);
        Staging staging = null;
        try {
            watch.expect(source.documentIds().size()); // a bad document or search fails here, before any file is made
            if (request.writesFolder()) {
                Files.createDirectories(out.getParent());
            }
            staging = Staging.beside(out);
            ExportResult result = write(request, source, staging.staged(), watch);
            if (watch.isCancelled()) {
                throw new ExportCancelledException();
            }
            staging.commit(request.writesFolder());
            return translated(result, staging);
        } catch (ExportCancelledException e) {
            discard(staging);
            throw e;
        } catch (Exception e) {
            discard(staging);
            String problem = problem(e);
            throw new ExportFailedException(out + ": " + (staging == null ? problem : staging.translate(problem)), e);
        }
    }

    private static void check(ExportRequest request, Path out) {
        if (request.writesFolder()) {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw new ExportFailedException(out + " is a file: " + request.format().title()
                        + (request.split() != null ? " with a split" : "") + " writes a folder", null);
            }
        } else {
            if (Files.isDirectory(out)) {
                throw new ExportFailedException(out + " is a folder: " + request.format().title() + " writes one file", null);
            }
            if (!Files.isDirectory(out.getParent())) {
                throw new ExportFailedException(out + ": there is no folder " + out.getParent() + " to write it in", null);
            }
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

    /** The problem in a few words, without Java's exception names. */
    static String problem(Throwable e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied" + (a.getFile() == null ? "" : " (" + a.getFile() + ")");
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        if (e instanceof IOException && e.getMessage() == null) {
            return "could not write (" + e.getClass().getSimpleName() + ")";
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
