package org.parley.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.backup.Backup;
import org.parley.core.backup.BackupFailedException;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = {"Copy a corpus, consistent at one moment, while others may be writing to it.",
        "The copy is checked before it lands; a failure (a full disk) leaves no partial file. Copying the .parley file"
                + " yourself while Parley writes can lose claims or give a damaged copy."})
final class BackupCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (a new name).")
    Path out;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Backup.Result r;
        try (Corpus corpus = corpusOption.open()) {
            r = Backup.take(corpus, out);
        } catch (BackupFailedException e) {
            throw new BadInput(e.getMessage());
        }
        var o = spec.commandLine().getOut();
        if (json) {
            Output.json(o, Map.of("corpus", corpusOption.file().toAbsolutePath().toString(), "backup", r.file().toString(),
                    "bytes", r.bytes()));
        } else {
            o.println("Backed up " + corpusOption.file() + " to " + r.file() + " (" + r.bytes() + " bytes, checked).");
        }
        return 0;
    }
}
