package org.parley.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;
import org.parley.core.model.PartialDate;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentEdits;
import org.parley.core.store.DocumentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley doc set|trash|restore}: correct a document's metadata, move it (with its claims) to the trash and back. */
@Command(name = "doc", description = "Correct a document's metadata; move it (with its claims) to the trash and back.",
        subcommands = {DocCommand.Set.class, DocCommand.Trash.class, DocCommand.Restore.class})
final class DocCommand {

    /** The options every doc verb takes: which corpus, which document, who, and JSON. */
    abstract static class Target implements Callable<Integer> {
        @Mixin
        CorpusOption corpusOption;

        @Option(names = "--doc", required = true, paramLabel = "ID", description = "Document id or uuid.")
        String doc;

        @Option(names = "--coder", paramLabel = "NAME", description = "Coder (default: the configured coder, else your user name).")
        String coder;

        @Option(names = "--json", description = "Print the document's metadata as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        String who() {
            return coder != null ? coder : corpusOption.settings().coderName();
        }

        Document find(Corpus corpus) {
            return new DocumentStore(corpus).find(doc).orElseThrow(() -> new BadInput("no document " + doc + " in " + corpus.file()));
        }

        void print(PrintWriter out, Document d, String said) {
            if (json) {
                Map<String, Object> m = ShowCommand.metadata(d);
                m.put("inTrash", d.inTrash());
                Output.json(out, m);
            } else {
                out.println(said);
            }
            out.flush();
        }
    }

    @Command(name = "set", description = "Set a document's title, date, source, author, place, url, language or other fields "
            + "(an empty value clears one); one audited change.")
    static final class Set extends Target {

        @Option(names = "--title", paramLabel = "T")
        String title;
        @Option(names = "--date", paramLabel = "D", description = "ISO 8601: YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD.")
        String date;
        @Option(names = "--source", paramLabel = "S")
        String source;
        @Option(names = "--author", paramLabel = "A")
        String author;
        @Option(names = "--place", paramLabel = "P")
        String place;
        @Option(names = "--url", paramLabel = "U")
        String url;
        @Option(names = "--language", paramLabel = "L")
        String language;
        @Option(names = "--field", paramLabel = "NAME=VALUE", description = "Another field (repeatable; NAME= removes it).")
        List<String> fields = new ArrayList<>();

        @Override
        public Integer call() {
            PartialDate published = date == null ? null : parseDate(date);
            Map<String, String> changedFields = new TreeMap<>();
            for (String f : fields) {
                int eq = f.indexOf('=');
                if (eq <= 0 || f.substring(0, eq).isBlank()) {
                    throw new BadInput("--field " + f + ": give NAME=VALUE");
                }
                changedFields.put(f.substring(0, eq).strip(), f.substring(eq + 1).strip());
            }
            Document edited;
            try (Corpus corpus = corpusOption.open()) {
                Document d = find(corpus);
                DocumentMeta m = d.meta();
                Map<String, String> extra = new TreeMap<>(m.extra());
                changedFields.forEach((k, v) -> {
                    if (v.isEmpty()) {
                        extra.remove(k);
                    } else {
                        extra.put(k, v);
                    }
                });
                DocumentMeta changed = new DocumentMeta(or(title, m.title()), or(source, m.source()), or(author, m.author()),
                        or(url, m.url()), date == null ? m.published() : published, or(place, m.place()),
                        or(language, m.language()), m.fileName(), m.fileSha256(), m.encoding(), extra);
                edited = changed.equals(m) ? d : new DocumentEdits(corpus).update(d.id(), changed, who());
                print(spec.commandLine().getOut(), edited, edited == d
                        ? "Document " + d.id() + " already has these values."
                        : "Document " + d.id() + " is now: " + describe(edited) + ".");
            }
            return 0;
        }

        /** A blank date clears it; anything else must be an ISO 8601 date. */
        private static PartialDate parseDate(String s) {
            try {
                return PartialDate.parseOrNull(s);
            } catch (IllegalArgumentException e) {
                throw new BadInput("--date " + s + ": " + e.getMessage());
            }
        }

        private static String or(String given, String was) {
            return given != null ? given : was;
        }

        private static String describe(Document d) {
            DocumentMeta m = d.meta();
            StringBuilder s = new StringBuilder(m.title() == null ? "(untitled)" : "'" + m.title() + "'");
            if (m.published() != null) {
                s.append(", ").append(m.published().iso());
            }
            if (m.source() != null) {
                s.append(", ").append(m.source());
            }
            return s.toString();
        }
    }

    @Command(name = "trash", description = "Move a document and its claims to the trash (exports of all documents leave it out).")
    static final class Trash extends Target {
        @Override
        public Integer call() {
            return move(this, true);
        }
    }

    @Command(name = "restore", description = "Bring a document and its claims back from the trash.")
    static final class Restore extends Target {
        @Override
        public Integer call() {
            return move(this, false);
        }
    }

    private static int move(Target target, boolean toTrash) {
        try (Corpus corpus = target.corpusOption.open()) {
            DocumentStore store = new DocumentStore(corpus);
            Document d = target.find(corpus);
            String name = "Document " + d.id() + (d.title() == null ? "" : " '" + d.title() + "'");
            if (d.inTrash() == toTrash) {
                target.print(target.spec.commandLine().getOut(), d, name + (toTrash ? " is in the trash already." : " is not in the trash."));
                return 0;
            }
            if (toTrash) {
                store.trash(d.id(), target.who());
            } else {
                store.restore(d.id(), target.who());
            }
            target.print(target.spec.commandLine().getOut(), store.get(String.valueOf(d.id())),
                    name + (toTrash ? " is in the trash (parley doc restore --doc " + d.id() + " brings it back)." : " is back."));
        }
        return 0;
    }
}
