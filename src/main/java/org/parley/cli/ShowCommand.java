package org.parley.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.model.Annotation;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Print a document, its metadata and its claims (offsets in code points).")
final class ShowCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--doc", required = true, paramLabel = "ID", description = "Document id or uuid.")
    String doc;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Document d;
        List<Annotation> claims;
        try (Corpus corpus = corpusOption.openToRead()) {
            d = new DocumentStore(corpus).find(doc).orElseThrow(() -> new BadInput("no document " + doc + " in " + corpus.file()));
            claims = new AnnotationStore(corpus).forDocument(d.id());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = metadata(d);
            m.put("text", d.text());
            List<Map<String, Object>> list = new ArrayList<>();
            claims.forEach(a -> list.add(annotation(a)));
            m.put("annotations", list);
            Output.json(out, m);
        } else {
            metadata(d).forEach((k, v) -> {
                if (v != null && !(v instanceof Map<?, ?> mm && mm.isEmpty())) {
                    out.printf("%-11s %s%n", k + ":", v);
                }
            });
            out.println();
            out.println(d.text());
            out.println();
            out.println(claims.size() + (claims.size() == 1 ? " claim" : " claims") + (claims.isEmpty() ? "." : ":"));
            for (Annotation a : claims) {
                out.printf("  #%d [%d, %d) %s  \"%s\"%n", a.id(), a.start(), a.end(), a.status().word(), a.quote());
                a.codes().forEach((dim, values) -> out.printf("      %-9s %s%n", dim + ":", String.join("; ", values)));
                if (!a.memo().isEmpty()) {
                    out.printf("      %-9s %s%n", "memo:", a.memo());
                }
                out.printf("      %-9s %s%n", "coder:", a.coder());
            }
        }
        out.flush();
        return 0;
    }

    static Map<String, Object> metadata(Document d) {
        DocumentMeta m = d.meta();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", d.id());
        out.put("uuid", d.uuid());
        out.put("title", m.title());
        out.put("source", m.source());
        out.put("author", m.author());
        out.put("date", m.published() == null ? null : m.published().iso());
        out.put("place", m.place());
        out.put("url", m.url());
        out.put("language", m.language());
        out.put("file", m.fileName());
        out.put("fileSha256", m.fileSha256());
        out.put("encoding", m.encoding());
        out.put("sha256", d.sha256());
        out.put("imported", d.imported().toString());
        out.put("fields", m.extra());
        return out;
    }

    static Map<String, Object> annotation(Annotation a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("uuid", a.uuid());
        m.put("start", a.start());
        m.put("end", a.end());
        m.put("quote", a.quote());
        m.put("prefix", a.prefix());
        m.put("suffix", a.suffix());
        m.put("codes", a.codes());
        m.put("memo", a.memo());
        m.put("coder", a.coder());
        m.put("status", a.status().word());
        m.put("created", a.created().toString());
        m.put("modified", a.modified().toString());
        return m;
    }
}
