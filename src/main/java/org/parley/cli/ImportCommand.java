package org.parley.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportOptions;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.ingest.Importers;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", description = "Import files and folders (recursively) into the corpus.")
final class ImportCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
    List<Path> paths;

    @Option(names = "--json", description = "Print the summary as JSON.")
    boolean json;

    @Option(names = "--separator", paramLabel = "REGEX",
            description = "A line matching REGEX separates articles in an export (default: \"End of Document\", \"Document N of M\").")
    String separator;

    @Option(names = "--text-column", paramLabel = "NAME", description = "CSV/TSV/JSONL column holding the article text.")
    String textColumn;

    @Option(names = "--title-column", paramLabel = "NAME", description = "Column holding the title.")
    String titleColumn;

    @Option(names = "--date-column", paramLabel = "NAME", description = "Column holding the publication date.")
    String dateColumn;

    @Option(names = "--source-column", paramLabel = "NAME", description = "Column holding the source (outlet, agency).")
    String sourceColumn;

    @Option(names = "--url-column", paramLabel = "NAME", description = "Column holding the URL.")
    String urlColumn;

    @Option(names = "--whole-page", description = "Import a web page's whole visible text, not its article only.")
    boolean wholePage;

    @Spec
    CommandSpec spec;

    private ImportOptions options() {
        Pattern sep = null;
        if (separator != null) {
            try {
                sep = Pattern.compile(separator);
            } catch (PatternSyntaxException e) {
                throw new BadInput("--separator is not a valid regular expression: " + e.getDescription());
            }
        }
        Map<String, String> columns = new HashMap<>();
        String[][] given = {{"text", textColumn}, {"title", titleColumn}, {"date", dateColumn}, {"source", sourceColumn},
                {"url", urlColumn}};
        for (String[] g : given) {
            if (g[1] != null) {
                columns.put(g[0], g[1]);
            }
        }
        return new ImportOptions(sep, columns, wholePage);
    }

    @Override
    public Integer call() throws Exception {
        ImportOptions options = options();
        ImportSummary summary;
        try (Corpus corpus = corpusOption.open()) {
            ProgressBar bar = json ? new ProgressBar(System.err, false) : ProgressBar.forTerminal();
            summary = new BatchImport(corpus, corpusOption.settings().coderName(), Importers.all(options))
                    .run(paths, bar, new AtomicBoolean());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, Map.of("imported", summary.imported(), "duplicates", summary.duplicates(),
                    "failed", summary.failed(), "notes", summary.notes()));
        } else {
            for (ImportSummary.Imported i : summary.imported()) {
                out.println("imported  " + i.id() + "  " + i.file() + (i.title() == null ? "" : "  \"" + i.title() + "\""));
            }
            for (ImportSummary.Duplicate d : summary.duplicates()) {
                out.println("duplicate " + d.file() + " (same text as document " + d.of() + ")");
            }
            for (ImportSummary.Failed f : summary.failed()) {
                out.println("failed    " + f.file() + ": " + f.reason());
            }
            for (ImportSummary.Note n : summary.notes()) {
                out.println(n.label() + " " + n.file() + ": " + n.text());
            }
            out.println(summary.imported().size() + " imported, " + summary.duplicates().size() + " duplicates, "
                    + summary.failed().size() + " failed" + (summary.notes().isEmpty() ? "." : "; what could not be mapped is listed above"
                    + " and kept as a corpus memo."));
        }
        out.flush();
        return summary.failed().isEmpty() ? 0 : 2;
    }
}
