package org.parley.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.backup.BackupFailedException;
import org.parley.core.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = {"Put a backup in the place of a corpus.",
        "The backup must be a whole Parley corpus (it is checked first) and the corpus closed everywhere; the replaced"
                + " file is kept beside it as NAME.before-restore-YYYYMMDD-HHMMSS.parley."})
final class RestoreCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;

    @Parameters(index = "0", paramLabel = "BACKUP", description = "The backup file (from parley backup or the app).")
    Path backup;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Restore.Result r;
        try {
            r = Restore.run(backup, corpusOption.file(), Clock.systemDefaultZone());
        } catch (BackupFailedException e) {
            throw new BadInput(e.getMessage());
        }
        var o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("corpus", r.corpus().toString());
            m.put("restoredFrom", backup.toAbsolutePath().toString());
            m.put("keptAs", r.keptAs() == null ? null : r.keptAs().toString());
            m.put("bytes", r.bytes());
            Output.json(o, m);
        } else {
            o.println("Restored " + r.corpus() + " from " + backup + "."
                    + (r.keptAs() == null ? "" : " The replaced file is kept as " + r.keptAs() + "."));
        }
        return 0;
    }
}
