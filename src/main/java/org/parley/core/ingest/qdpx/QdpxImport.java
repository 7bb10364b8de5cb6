package org.parley.core.ingest.qdpx;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.DocumentWriter;
import org.parley.core.store.NewAnnotation;
import org.parley.core.store.NewDocument;

/**
 * Imports a REFI-QDA project (.qdpx) into a corpus: text sources become documents, top-level codes
 * dimensions and their descendants codes ({@link CodePlan}), selections claims (accepted, by the user
 * who made them). The whole file is read and checked before the corpus is touched, so bad input
 * imports nothing; what the project holds that Parley cannot map is returned and kept as a corpus memo.
 */
public final class QdpxImport {
    /** What one .qdpx import did. */
    /**
     * {@code added}: for a project with no text sources (a codebook, as ATLAS.ti exports one), what the import
     * added to the codebook, as one note (none when it added nothing), so its summary is not empty.
     */
    public record Result(List<Imported> documents, List<Duplicate> duplicates, int claims, List<Note> notMapped, List<Note> added) {
    }

    /** A source imported as document {@code id}; {@code label} is "project.qdpx#source name". */
    public record Imported(String label, long id, String title) {
    }

    /** A source whose text the corpus already holds as document {@code of}. */
    public record Duplicate(String label, long of) {
    }

    /** What the project holds that Parley left out: {@code count} items of one kind with their names, or one finding. */
    public record Note(String file, String text, int count, List<String> names) {
        public Note {
            names = List.copyOf(names);
        }

        Note(String file, String text) {
            this(file, text, 1, List.of());
        }
    }

    private final Corpus corpus;
    private final String coder;

    public QdpxImport(Corpus corpus, String coder) {
        this.corpus = corpus;
        this.coder = coder;
    }

    public static boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".qdpx");
    }

    public Result run(Path file) throws ProjectRefused {
        QdaProject project;
        try (QdpxArchive archive = new QdpxArchive(file)) {
            project = new ProjectReader(archive).read();
        }
        String origin = file.getFileName().toString();
        String label = file.toString();
        Set<String> used = new HashSet<>();
        project.sources().forEach(s -> s.selections().forEach(sel -> used.addAll(sel.codeGuids())));
        Codebook book = new CodebookStore(corpus).load();
        CodePlan plan = new CodePlan(book, project.codes(), used, origin);
        List<Note> notMapped = new ArrayList<>(project.skipped().notes(label));
        plan.notes.forEach(n -> notMapped.add(new Note(label, n)));
        List<List<Claim>> claims = new ArrayList<>();
        for (QdaProject.Source s : project.sources()) {
            List<Claim> list = new ArrayList<>();
            boolean ours = SameSpanSelections.writtenByParley(project.origin());
            for (QdaProject.Selection sel : ours ? s.selections() : SameSpanSelections.merge(s.selections())) {
                list.add(claim(sel, plan, project, book, n -> notMapped.add(new Note(label, n))));
            }
            claims.add(list);
        }
        plan.additions().ifPresent(add -> new CodebookStore(corpus).merge(add, coder));
        Result r = store(project, claims, origin, label, notMapped);
        return new Result(r.documents(), r.duplicates(), r.claims(), r.notMapped(),
                project.sources().isEmpty() ? added(label, plan.added) : List.of());
    }

    private record Claim(String uuid, Span span, Map<String, List<String>> codes, String memo, String coder) {
    }

    private Claim claim(QdaProject.Selection sel, CodePlan plan, QdaProject project, Codebook book, Consumer<String> notMapped) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        for (String guid : sel.codeGuids()) {
            plan.target(guid).filter(t -> t.code() != null).ifPresentOrElse(t -> {
                List<String> values = codes.computeIfAbsent(t.dimension().name(), k -> new ArrayList<>());
                if (values.contains(t.code())) {
                    return;
                }
                if (t.dimension().kind() == DimensionKind.SINGLE && !values.isEmpty()) {
                    notMapped.accept("selection '" + sel.name() + "': '" + t.code() + "' left out, as "
                            + t.dimension().name() + " takes one code here and has '" + values.get(0) + "'");
                    return;
                }
                values.add(t.code());
            }, () -> notMapped.accept("selection '" + sel.name() + "' refers to code " + guid + ", which the codebook lacks"));
        }
        StringBuilder memo = new StringBuilder();
        for (String line : sel.description().split("\n")) {
            int colon = line.indexOf(": ");
            Dimension text = colon > 0 ? book.dimension(line.substring(0, colon)).filter(d -> !d.kind().takesCodes()).orElse(null) : null;
            if (text != null) {
                codes.computeIfAbsent(text.name(), k -> new ArrayList<>()).add(line.substring(colon + 2).strip());
            } else if (!line.isBlank()) {
                memo.append(line).append('\n');
            }
        }
        for (String note : sel.noteGuids()) {
            String t = project.notes().get(note);
            if (t != null) {
                memo.append(t).append('\n');
            }
        }
        String who = sel.user() == null ? null : project.users().get(sel.user());
        return new Claim(Ids.isUuid(sel.guid()) ? sel.guid() : null, new Span(sel.start(), sel.end()), codes,
                memo.toString().strip(), who == null || who.isBlank() ? coder : who);
    }

    private Result store(QdaProject project, List<List<Claim>> claims, String origin, String file, List<Note> notMapped) {
        return corpus.write("import " + origin, c -> {
            Instant now = corpus.now();
            List<Imported> imported = new ArrayList<>();
            List<Duplicate> duplicates = new ArrayList<>();
            int count = 0;
            try (DocumentWriter writer = new DocumentWriter(c, now);
                 PreparedStatement documentUuid = c.prepareStatement("SELECT 1 FROM document WHERE uuid = ?");
                 PreparedStatement claimUuid = c.prepareStatement("SELECT 1 FROM annotation WHERE uuid = ?")) {
                for (int i = 0; i < project.sources().size(); i++) {
                    QdaProject.Source s = project.sources().get(i);
                    String uuid = Ids.isUuid(s.guid()) && !exists(documentUuid, s.guid()) ? s.guid() : null;
                    DocumentStore.Added a = writer.insert(new NewDocument(uuid, s.text(), SourceMeta.of(s, origin)), coder, false);
                    String label = origin + "#" + s.name();
                    if (a.duplicate()) {
                        duplicates.add(new Duplicate(label, a.id()));
                    } else {
                        imported.add(new Imported(label, a.id(), s.name()));
                    }
                    for (Claim cl : claims.get(i)) {
                        if (cl.uuid() != null && exists(claimUuid, cl.uuid())) {
                            if (!a.duplicate()) {
                                notMapped.add(new Note(file, "claim " + cl.uuid() + " is already in the corpus: kept once"));
                            }
                            continue;
                        }
                        AnnotationStore.insert(c, now, new NewAnnotation(cl.uuid(), a.id(), cl.span(), cl.codes(), cl.memo(),
                                AnnotationStatus.ACCEPTED, cl.coder()));
                        count++;
                    }
                }
                writer.indexPending(); // all sources in one statement: as fast as a rebuild, without reading the corpus again
            }
            if (!notMapped.isEmpty()) {
                NotMappedMemo.write(c, now, coder, origin, notMapped.stream().map(Note::text).toList());
            }
            return new Result(imported, duplicates, count, List.copyOf(notMapped), List.of());
        });
    }

    /** "added to the codebook 1 dimension and 3 codes: dimension Actors, code Russia (Actors), ...". */
    private static List<Note> added(String file, List<String> added) {
        if (added.isEmpty()) {
            return List.of();
        }
        long dims = added.stream().filter(a -> a.startsWith("dimension ")).count();
        long codes = added.size() - dims;
        StringBuilder text = new StringBuilder(org.parley.core.ingest.ImportSummary.ADDED);
        if (dims > 0) {
            text.append(dims).append(dims == 1 ? " dimension" : " dimensions").append(codes > 0 ? " and " : "");
        }
        if (codes > 0) {
            text.append(codes).append(codes == 1 ? " code" : " codes");
        }
        text.append(": ").append(String.join(", ", added.subList(0, Math.min(added.size(), Skipped.NAMES_SHOWN))));
        if (added.size() > Skipped.NAMES_SHOWN) {
            text.append(" and ").append(added.size() - Skipped.NAMES_SHOWN).append(" more");
        }
        return List.of(new Note(file, text.toString(), added.size(), added));
    }

    private static boolean exists(PreparedStatement byUuid, String uuid) throws SQLException {
        byUuid.setString(1, uuid);
        try (ResultSet rs = byUuid.executeQuery()) {
            return rs.next();
        }
    }
}
