package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.core.store.CorpusRepair;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "repair", description = {"Salvage a damaged corpus into a new file: every row that can still be read.",
        "The damaged corpus is only read. Exit 0: nothing was lost; 3: some rows were lost (listed); 2: nothing could be read."})
final class RepairCommand implements Callable<Integer> {
    /** Some rows could not be read: the new corpus holds the rest. */
    static final int SOME_LOST = 3;

    @Mixin
    CorpusOption corpusOption;

    @Option(names = "--out", required = true, paramLabel = "NEW", description = "The new corpus to write (must not exist or be a corpus).")
    Path out;

    @Option(names = "--json", description = "Print the rows saved and lost per table as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CorpusRepair.Report report = CorpusRepair.run(corpusOption.file(), out);
        var o = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("corpus", report.corpus().toString());
            m.put("out", report.out().toString());
            List<Map<String, Object>> tables = new ArrayList<>();
            for (CorpusRepair.Table t : report.tables()) {
                tables.add(Map.of("table", t.name(), "saved", t.saved(), "lost", t.lost()));
            }
            m.put("tables", tables);
            m.put("saved", report.saved());
            m.put("lost", report.lost());
            m.put("integrity", report.integrity());
            Output.json(o, m);
        } else {
            o.printf("%-16s %9s %7s%n", "table", "saved", "lost");
            for (CorpusRepair.Table t : report.tables()) {
                o.printf("%-16s %9d %7d%n", t.name(), t.saved(), t.lost());
            }
            o.println(report.lost() == 0
                    ? "Every row was saved into " + out + " (integrity " + report.integrity() + ")."
                    : report.lost() + " rows could not be read; the other " + report.saved() + " are in " + out
                    + " (integrity " + report.integrity() + ").");
        }
        o.flush();
        return report.lost() == 0 ? 0 : SOME_LOST;
    }
}
