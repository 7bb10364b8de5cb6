package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.Codebook;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", description = "Create a new corpus with a codebook.")
final class InitCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--codebook", paramLabel = "NAME|FILE", defaultValue = CodebookPresets.DEFAULT,
            description = "A bundled codebook (arms-control, fact-check) or a codebook JSON file (default: ${DEFAULT-VALUE}).")
    String codebook;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Codebook book = CodebookPresets.resolve(codebook);
        Path file = corpusOption.file();
        try (Corpus corpus = Corpus.create(file)) {
            Codebook stored = new CodebookStore(corpus).merge(book, corpusOption.settings().coderName());
            var out = spec.commandLine().getOut();
            if (json) {
                Output.json(out, java.util.Map.of("corpus", file.toAbsolutePath().toString(), "codebook", stored.name(),
                        "dimensions", stored.dimensionNames()));
            } else {
                out.println("Created " + file + " with the codebook '" + stored.name() + "' ("
                        + String.join(", ", stored.dimensionNames()) + ").");
            }
        }
        return 0;
    }
}
