package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.config.Settings;
import org.parley.core.export.ExportOptions;
import org.parley.core.export.ExportResult;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.Selection;
import org.parley.core.export.Split;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.export.job.ExportJob;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parley export --format F}: the one verb for every format of the catalogue ({@link ExportFormat}),
 * datasets and formats for other tools alike; {@code parley exchange} ({@link ExchangeCommand}) is the same command under its
 * older name. {@code --json} prints one summary of the same shape for every format (docs/formats.md).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the corpus's claims as a dataset or for other tools (offsets in code points; see docs/formats.md). "
                + "'parley exchange' is the same command.")
class ExportCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "Datasets: csv, xlsx, jsonl, jsonl-claims, doccano, label-studio, conll, brat. "
                    + "For other tools: qdpx, qdc, web-annotation, claimreview, graphml, edges-csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write; a folder for brat, web-annotation and any export with --split.")
    Path out;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document, by id or uuid (repeatable; default all).")
    List<String> docs = new ArrayList<>();

    @Option(names = "--query", paramLabel = "FTS", description = "Only documents matching this search (words, \"a phrase\", OR, NOT, prefix*).")
    String query;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only claims by this coder (repeatable; default all).")
    List<String> coders = new ArrayList<>();

    @Option(names = "--status", defaultValue = "accepted", paramLabel = "S",
            description = "accepted (default) or all (suggested and rejected claims too).")
    String status;

    @Option(names = "--label", defaultValue = Selection.DEFAULT_LABEL, paramLabel = "DIMENSION",
            description = "The dimension giving each span its label in doccano, label-studio, conll and brat (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--bom", description = "Start the csv with a byte order mark, so Excel reads it as UTF-8.")
    boolean bom;

    @Option(names = "--split", paramLabel = "TRAIN/DEV/TEST", description = "Split by document into train, dev and test, e.g. 80/10/10.")
    String split;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the split (default: ${DEFAULT-VALUE}); the same seed gives the same split.")
    long seed;

    @Option(names = "--project-name", paramLabel = "NAME", description = "qdpx: the project's name (default: the codebook's).")
    String projectName;

    @Option(names = "--review-author", paramLabel = "NAME",
            description = "claimreview: the fact-checking organisation (default: the setting review.author).")
    String reviewAuthor;

    @Option(names = "--review-url", paramLabel = "URL",
            description = "claimreview: the fact-check page; {id} is replaced by the claim's uuid (default: the setting review.url).")
    String reviewUrl;

    @Option(names = "--json", description = "Print the summary as one JSON object: format, out, documents, claims, dropped, notes, files.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean acceptedOnly = switch (status.strip().toLowerCase(Locale.ROOT)) {
            case "accepted" -> true;
            case "all" -> false;
            default -> throw new BadInput("--status takes accepted or all, got '" + status + "'");
        };
        ExportFormat f = ExportFormat.byName(format);
        if (split != null && !f.uses(ExportFormat.Option.SPLIT)) {
            throw new BadInput("--split is for datasets; " + f.name() + " is written whole");
        }
        Split parts = split == null ? null : Split.parse(split, seed);
        Settings settings = corpusOption.settings();
        ExportOptions options = new ExportOptions(projectName, reviewAuthor != null ? reviewAuthor : settings.reviewAuthor().orElse(null),
                reviewUrl != null ? reviewUrl : settings.reviewUrl().orElse(null));
        ExportRequest request = new ExportRequest(f, new Selection(docs, query, coders, acceptedOnly, label), bom, parts, options, out);
        ExportResult result;
        try (Corpus corpus = corpusOption.openToRead()) {
            result = ExportJob.run(corpus, request, new ExportWatch(null));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            Output.json(w, summary(request, result));
        } else {
            w.println(f.uses(ExportFormat.Option.SELECTION)
                    ? "exported " + result.claims() + " claims from " + result.documents() + " documents as " + f.name() + " to " + out
                    : "exported " + f.name() + " to " + out);
            result.notes().forEach(n -> w.println("note: " + n));
        }
        w.flush();
        return 0;
    }

    /**
     * The one summary every format prints: format, out, documents, claims, dropped, notes, files; the counts
     * are left out for a format that takes no selection (the codebook alone).
     */
    static Map<String, Object> summary(ExportRequest request, ExportResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", request.format().name());
        m.put("out", request.out().toString());
        if (request.format().uses(ExportFormat.Option.SELECTION)) {
            m.put("documents", result.documents());
            m.put("claims", result.claims());
            m.put("dropped", result.dropped());
        }
        m.put("notes", result.notes());
        m.put("files", result.files());
        return m;
    }
}
