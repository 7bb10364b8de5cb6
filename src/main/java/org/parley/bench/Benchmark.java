package org.parley.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;

/**
 * {@code parley bench}: writes a synthetic corpus to a temporary folder and measures each section's
 * figures beside bare baselines in the same run. Sections are listed here; later features add theirs.
 */
public final class Benchmark {
    /** A group of figures, e.g. "core" (import, save, search). */
    public interface Section {
        String name();

        List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception;
    }

    private final List<Section> sections = new ArrayList<>();

    public Benchmark() {
        sections.add(new Section() {
            @Override
            public String name() {
                return "core";
            }

            @Override
            public List<Comparison> run(Path work, Path articles, List<Path> files, ImportProgress progress) throws Exception {
                return CoreBench.run(work, articles, files, progress);
            }
        });
    }

    public Benchmark with(Section section) {
        sections.add(section);
        return this;
    }

    public List<String> sectionNames() {
        return sections.stream().map(Section::name).toList();
    }

    /** Runs the chosen sections (all when {@code only} is empty) over {@code articles} synthetic articles. */
    public Map<String, List<Comparison>> run(int articles, List<String> only, ImportProgress progress) throws Exception {
        Path work = Files.createTempDirectory("parley-bench");
        try {
            Path folder = work.resolve("articles");
            SyntheticCorpus.write(folder, articles, 42);
            List<Path> files = BatchImport.files(List.of(folder));
            Map<String, List<Comparison>> out = new LinkedHashMap<>();
            for (Section s : sections) {
                if (only.isEmpty() || only.contains(s.name())) {
                    Path dir = Files.createDirectories(work.resolve(s.name()));
                    out.put(s.name(), s.run(dir, folder, files, progress));
                }
            }
            return out;
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
