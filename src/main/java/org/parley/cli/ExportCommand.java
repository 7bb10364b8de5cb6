package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.export.ExportResult;
import org.parley.core.export.Selection;
import org.parley.core.export.Split;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.exchange.ExchangeFormat;
import org.parley.core.export.exchange.ExportOptions;
import org.parley.core.export.job.ExportFormat;
import org.parley.core.export.job.ExportJob;
import org.parley.core.export.job.ExportRequest;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the corpus's claims as a dataset (offsets in code points; see docs/formats.md).")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "Datasets: csv, xlsx, jsonl, jsonl-claims, doccano, label-studio, conll, brat. "
                    + "For other tools: qdpx, qdc, web-annotation, claimreview, graphml, edges-csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The file to write; a folder for brat and for any export with --split.")
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
            description = "claimreview: the fact-checking organisation (default: setting " + ExchangeCommand.REVIEW_AUTHOR + ").")
    String reviewAuthor;

    @Option(names = "--review-url", paramLabel = "URL",
            description = "claimreview: the fact-check page; {id} is replaced by the claim's uuid (default: setting "
                    + ExchangeCommand.REVIEW_URL + ").")
    String reviewUrl;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean acceptedOnly = switch (status.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "accepted" -> true;
            case "all" -> false;
            default -> throw new BadInput("--status takes accepted or all, got '" + status + "'");
        };
        java.util.Optional<ExchangeFormat> exchange = java.util.Arrays.stream(ExchangeFormat.values())
                .filter(f -> f.word().equals(format.strip().toLowerCase(java.util.Locale.ROOT))).findFirst();
        if (exchange.isPresent()) {
            if (split != null) {
                throw new BadInput("--split is for datasets; " + exchange.get().word() + " is written whole");
            }
            ExchangeCommand.write(spec.commandLine().getOut(), exchange.get(), corpusOption,
                    new Selection(docs, query, coders, acceptedOnly, null), out,
                    ExchangeCommand.options(corpusOption, projectName, reviewAuthor, reviewUrl), json);
            return 0;
        }
        ExportFormat f = ExportFormat.byName(format);
        Split parts = split == null ? null : Split.parse(split, seed);
        ExportResult result;
        try (Corpus corpus = corpusOption.openToRead()) {
            result = ExportJob.run(corpus, new ExportRequest(f, new Selection(docs, query, coders, acceptedOnly, label), bom, parts,
                    ExportOptions.none(), out), new ExportWatch(null));
        }
        var w = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("format", f.name());
            m.put("documents", result.documents());
            m.put("claims", result.claims());
            m.put("dropped", result.dropped());
            m.put("notes", result.notes());
            m.put("files", result.files());
            Output.json(w, m);
        } else {
            w.println("exported " + result.claims() + " claims from " + result.documents() + " documents as "
                    + f.name() + " to " + out);
            result.notes().forEach(n -> w.println("note: " + n));
        }
        w.flush();
        return 0;
    }
}
