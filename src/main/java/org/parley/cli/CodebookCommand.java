package org.parley.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.core.codebook.CodebookFile;
import org.parley.core.files.OutputTarget;
import org.parley.core.model.Codebook;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "codebook", description = "Export or import the corpus's codebook as JSON; lock or unlock it against codes made while coding.",
        subcommands = {CodebookCommand.Export.class, CodebookCommand.Import.class,
                CodebookLockCommand.Lock.class, CodebookLockCommand.Unlock.class})
final class CodebookCommand {
    @Command(name = "export", description = "Write the corpus's codebook to a JSON file.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CorpusOption corpusOption;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            // before opening: a refused target must not make the default corpus as a side effect
            OutputTarget.check(file, OutputTarget.Shape.FILE, "the codebook", corpusOption.file());
            Codebook book;
            try (Corpus corpus = corpusOption.openToRead()) {
                book = new CodebookStore(corpus).load();
                CodebookFile.write(book, file, corpus.file()); // while open, so its -wal and -shm are refused as well
            }
            spec.commandLine().getOut().println("Wrote the codebook '" + book.name() + "' to " + file + ".");
            return 0;
        }
    }

    @Command(name = "import", description = "Merge a codebook JSON file into the corpus (matched by uuid, then name; nothing removed).")
    static final class Import implements Callable<Integer> {
        @Mixin
        CorpusOption corpusOption;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Codebook book = CodebookFile.read(file);
            Codebook merged;
            try (Corpus corpus = corpusOption.open()) {
                merged = new CodebookStore(corpus).merge(book, corpusOption.settings().coderName());
            }
            spec.commandLine().getOut().println("Imported " + file + ": the corpus now codes "
                    + String.join(", ", merged.dimensionNames()) + ".");
            return 0;
        }
    }
}
