package org.parley.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;
import org.parley.core.store.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "List the corpus's documents with their claim counts.")
final class ListCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--filter", paramLabel = "TEXT", description = "Only documents whose title or source contains TEXT.")
    String filter;

    @Option(names = "--trash", description = "List the documents in the trash instead.")
    boolean trash;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<DocumentSummary> docs;
        try (Corpus corpus = corpusOption.openToRead()) {
            docs = new DocumentListing(corpus).page(new DocumentListing.Query(filter, DocumentListing.Sort.ID, trash, 0, Integer.MAX_VALUE));
        }
        var out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DocumentSummary d : docs) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", d.id());
                m.put("uuid", d.uuid());
                m.put("title", d.title());
                m.put("source", d.source());
                m.put("date", d.date());
                m.put("claims", d.claims());
                rows.add(m);
            }
            Output.json(out, rows);
        } else {
            out.printf("%6s  %-10s  %-12s  %6s  %s%n", "id", "date", "source", "claims", "title");
            for (DocumentSummary d : docs) {
                out.printf("%6d  %-10s  %-12s  %6d  %s%n", d.id(), d.date() == null ? "" : d.date(),
                        d.source() == null ? "" : abbreviate(d.source(), 12), d.claims(), d.title() == null ? "" : d.title());
            }
            out.println(docs.size() + (docs.size() == 1 ? " document" : " documents") + (trash ? " in the trash." : "."));
        }
        out.flush();
        return 0;
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
