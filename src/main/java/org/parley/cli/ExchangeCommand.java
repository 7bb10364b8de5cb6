package org.parley.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.config.Settings;
import org.parley.core.export.ExportResult;
import org.parley.core.export.ExportWatch;
import org.parley.core.export.Selection;
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

@Command(name = "exchange", description = "Write claims for other tools: REFI-QDA (qdpx, qdc), W3C Web Annotation, "
        + "ClaimReview, discourse networks (graphml, edges-csv).")
final class ExchangeCommand implements Callable<Integer> {
    static final String REVIEW_AUTHOR = ExportOptions.REVIEW_AUTHOR_SETTING;
    static final String REVIEW_URL = ExportOptions.REVIEW_URL_SETTING;

    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--format", required = true, paramLabel = "F",
            description = "qdpx, qdc, web-annotation, claimreview, graphml or edges-csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "File to write (a folder for web-annotation).")
    Path out;

    @Option(names = "--doc", paramLabel = "ID", description = "Only this document (id or uuid); repeatable.")
    List<String> docs;

    @Option(names = "--query", paramLabel = "TEXT", description = "Only documents matching this full-text search.")
    String query;

    @Option(names = "--coder", paramLabel = "NAME", description = "Only claims by this coder; repeatable.")
    List<String> coders;

    @Option(names = "--status", paramLabel = "S", defaultValue = "accepted",
            description = "accepted (default) or all (every claim not in the trash).")
    String status;

    @Option(names = "--project-name", paramLabel = "NAME", description = "qdpx: the project's name (default: the codebook's).")
    String projectName;

    @Option(names = "--review-author", paramLabel = "NAME",
            description = "claimreview: the fact-checking organisation (default: setting " + REVIEW_AUTHOR + ").")
    String reviewAuthor;

    @Option(names = "--review-url", paramLabel = "URL",
            description = "claimreview: the fact-check page; {id} is replaced by the claim's uuid (default: setting " + REVIEW_URL + ").")
    String reviewUrl;

    @Option(names = "--json", description = "Print what was written as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExchangeFormat f = ExchangeFormat.parse(format);
        boolean acceptedOnly = switch (status.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "accepted" -> true;
            case "all" -> false;
            default -> throw new IllegalArgumentException("--status takes accepted or all, not '" + status + "'");
        };
        ExportOptions options = options(corpusOption, projectName, reviewAuthor, reviewUrl);
        write(spec.commandLine().getOut(), f, corpusOption, new Selection(docs, query, coders, acceptedOnly, null), out, options, json);
        return 0;
    }

    /** Writes one interchange file (or folder), whole or not at all; {@code parley export} hands these formats here too. */
    static void write(java.io.PrintWriter o, ExchangeFormat f, CorpusOption corpusOption, Selection selection, Path out,
            ExportOptions options, boolean json) {
        ExportResult result;
        try (Corpus corpus = corpusOption.openToRead()) {
            result = ExportJob.run(corpus, new ExportRequest(ExportFormat.byName(f.word()), selection, false, null, options, out),
                    new ExportWatch(null));
        }
        if (json) {
            Output.json(o, Map.of("format", f.word(), "out", out.toString(), "documents", result.documents()));
        } else {
            o.println("wrote " + f.word() + " (" + result.documents() + " documents) to " + out);
        }
        o.flush();
    }

    static ExportOptions options(CorpusOption corpusOption, String projectName, String reviewAuthor, String reviewUrl) {
        Settings settings = corpusOption.settings();
        return new ExportOptions(projectName,
                reviewAuthor != null ? reviewAuthor : settings.reviewAuthor().orElse(null),
                reviewUrl != null ? reviewUrl : settings.reviewUrl().orElse(null));
    }
}
