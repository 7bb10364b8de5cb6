package org.parley.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.cli.BadInput;
import org.parley.cli.Output;
import org.parley.cli.ProgressBar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure Parley beside bare baselines on a synthetic corpus (ratio = Parley / baseline, lower is better).")
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "10000", paramLabel = "N", description = "Synthetic articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--section", paramLabel = "NAME", description = "Only this section (repeatable).")
    List<String> sections = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON: each figure an object with value, baseline and ratio.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (articles < 10) {
            throw new BadInput("--articles must be at least 10");
        }
        Benchmark bench = BenchSections.all();
        for (String s : sections) {
            if (!bench.sectionNames().contains(s)) {
                throw new BadInput("unknown section '" + s + "' (valid: " + String.join(", ", bench.sectionNames()) + ")");
            }
        }
        Map<String, List<Comparison>> results = bench.run(articles, sections,
                json ? (d, t, c) -> { } : ProgressBar.forTerminal());
        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> root = new LinkedHashMap<>();
            root.put("articles", articles);
            results.values().forEach(list -> list.forEach(c -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", c.value());
                m.put("baseline", c.baseline());
                m.put("ratio", c.ratio());
                m.put("unit", c.unit());
                root.put(c.name(), m);
            }));
            Output.json(out, root);
        } else {
            out.printf("Parley bench, %d synthetic articles (ratio = Parley / baseline, lower is better)%n%n", articles);
            out.printf("%-22s %12s %12s %8s%n", "figure", "parley", "baseline", "ratio");
            results.forEach((section, list) -> list.forEach(c -> out.printf("%-22s %10.3f %-2s %9.3f %-2s %7.2f%n",
                    c.name(), c.value(), c.unit(), c.baseline(), c.unit(), c.ratio())));
        }
        out.flush();
        return 0;
    }
}
