package org.parley.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.model.Document;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.MemoStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley memo [--doc N] [--set TEXT]}: print or set a document's memo, or the corpus's own (the coder's journal). */
@Command(name = "memo", description = "Print or set the memo of a document (--doc) or of the corpus (the coder's journal).")
final class MemoCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--doc", paramLabel = "ID", description = "Document id or uuid (default: the corpus memo).")
    String doc;

    @Option(names = "--set", paramLabel = "TEXT", description = "Replace the memo with TEXT (\"\" removes it); one audited change.")
    String set;

    @Option(names = "--coder", paramLabel = "NAME", description = "Coder (default: the configured coder, else your user name).")
    String coder;

    @Option(names = "--json", description = "Print {\"document\", \"memo\"} as JSON (document null for the corpus memo).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String text;
        Long documentId = null;
        try (Corpus corpus = set == null ? corpusOption.openToRead() : corpusOption.open()) {
            String target = null;
            if (doc != null) {
                Document d = new DocumentStore(corpus).find(doc).orElseThrow(() -> new BadInput("no document " + doc + " in " + corpus.file()));
                target = d.uuid();
                documentId = d.id();
            }
            MemoStore memos = new MemoStore(corpus);
            text = set == null ? memos.text(target)
                    : memos.set(target, set, coder != null ? coder : corpusOption.settings().coderName());
        }
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("document", documentId);
            m.put("memo", text);
            Output.json(out, m);
        } else if (!text.isEmpty()) {
            out.println(text);
        } else if (set != null) {
            out.println("The memo is removed.");
        }
        out.flush();
        return 0;
    }
}
