package org.parley.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Document;
import org.parley.core.model.Span;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewAnnotation;
import org.parley.core.text.Offsets;
import org.parley.core.text.TextQuote;
import org.parley.core.coding.CodeChoices;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "annotate", description = "Add a claim to a document and print its id.")
final class AnnotateCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--doc", required = true, paramLabel = "ID", description = "Document id or uuid.")
    String doc;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Where where;

    static final class Where {
        @ArgGroup(exclusive = false)
        ByQuote byQuote;
        @ArgGroup(exclusive = false)
        ByOffsets byOffsets;
    }

    static final class ByQuote {
        @Option(names = "--quote", required = true, paramLabel = "TEXT",
                description = "The claim's text; any run of white space matches any run in the document.")
        String quote;
        @Option(names = "--occurrence", paramLabel = "N", description = "Which occurrence of the quote, from 1.")
        Integer occurrence;
    }

    static final class ByOffsets {
        @Option(names = "--start", required = true, paramLabel = "S", description = "Start, in code points.")
        int start;
        @Option(names = "--end", required = true, paramLabel = "E", description = "End (exclusive), in code points.")
        int end;
    }

    @Option(names = "--code", paramLabel = "DIM=CODE", description = "A code by name or alias; repeat for several.")
    List<String> codes = new ArrayList<>();

    @Option(names = "--memo", paramLabel = "TEXT")
    String memo;

    @Option(names = "--coder", paramLabel = "NAME", description = "Coder (default: the configured coder, else your user name).")
    String coder;

    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "accepted", description = "suggested, accepted (default) or rejected.")
    String status;

    @Option(names = "--json", description = "Print the claim as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AnnotationStatus st = AnnotationStatus.parse(status);
        String who = coder != null ? coder : corpusOption.settings().coderName();
        Annotation saved;
        try (Corpus corpus = corpusOption.open()) {
            Document d = new DocumentStore(corpus).find(doc).orElseThrow(() -> new BadInput("no document " + doc + " in " + corpus.file()));
            Span span = where.byQuote != null ? locate(d, where.byQuote) : new Span(checkStart(), where.byOffsets.end);
            Map<String, List<String>> resolved = new CodeChoices(new CodebookStore(corpus).load()).resolve(pairs());
            saved = new AnnotationStore(corpus).add(new NewAnnotation(null, d.id(), span, resolved, memo, st, who));
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Output.json(out, ShowCommand.annotation(saved));
        } else {
            out.println(saved.id());
        }
        out.flush();
        return 0;
    }

    private int checkStart() {
        if (where.byOffsets.start < 0 || where.byOffsets.start >= where.byOffsets.end) {
            throw new BadInput("--start and --end need 0 <= start < end, got " + where.byOffsets.start + " and " + where.byOffsets.end);
        }
        return where.byOffsets.start;
    }

    private List<Map.Entry<String, String>> pairs() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (String c : codes) {
            int eq = c.indexOf('=');
            if (eq <= 0) {
                throw new BadInput("--code takes DIMENSION=CODE, got '" + c + "'");
            }
            out.add(Map.entry(c.substring(0, eq).strip(), c.substring(eq + 1).strip()));
        }
        return out;
    }

    static Span locate(Document d, ByQuote q) {
        List<Span> found = TextQuote.find(d.text(), Offsets.of(d.text()), q.quote);
        if (found.isEmpty()) {
            throw new BadInput("the quote is not in document " + d.id() + ": \"" + q.quote + "\"");
        }
        if (q.occurrence != null) {
            if (q.occurrence < 1 || q.occurrence > found.size()) {
                throw new BadInput("--occurrence " + q.occurrence + " is out of range: the quote occurs " + found.size()
                        + (found.size() == 1 ? " time" : " times"));
            }
            return found.get(q.occurrence - 1);
        }
        if (found.size() > 1) {
            List<String> places = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                places.add((i + 1) + ": [" + found.get(i).start() + ", " + found.get(i).end() + ")");
            }
            throw new BadInput("the quote occurs " + found.size() + " times in document " + d.id()
                    + "; choose one with --occurrence N (" + String.join("; ", places) + ")");
        }
        return found.get(0);
    }
}
