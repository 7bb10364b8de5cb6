package org.parley.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.Ids;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;

/** A corpus for UI tests with a small arms-control codebook whose keys and aliases the tests type. */
public final class UiCorpus {
    /** The TASS sample in ../shared (from the main checkout) or ../../shared (from a worktree), if there. */
    public static final Path SAMPLE = sample();

    private static Path sample() {
        Path p = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && p != null; up++, p = p.getParent()) {
            Path candidate = p.resolveSibling("shared").resolve("samples").resolve("tass-2019-11-01-lavrov-arms-control.txt");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return Path.of("..", "shared", "samples", "tass-2019-11-01-lavrov-arms-control.txt");
    }

    private UiCorpus() {
    }

    public static Codebook codebook() {
        List<Code> actors = List.of(
                code("United States", "#9ecbff", "u", "The US government and its officials", "Washington", "US", "США", "Вашингтон"),
                code("Russia", "#ffb3b3", "r", "The Russian government and its officials", "Moscow", "Kremlin", "Россия", "Москва"),
                code("China", "#ffe08a", "c", "", "Beijing", "PRC", "Китай"));
        List<Code> treaties = List.of(
                code("ABM", "#c9f0c9", "a", "Anti-Ballistic Missile Treaty (1972)"),
                code("INF", "#bfe3f2", "i", "Intermediate-Range Nuclear Forces Treaty (1987)"),
                code("Open Skies", "#e8d5ff", "o", "Treaty on Open Skies"),
                code("CTBT", "#ffd9b3", "t", "Comprehensive Nuclear-Test-Ban Treaty"),
                code("New START", "#f5c2e7", "n", "", "СНВ-3", "New START Treaty"));
        List<Code> stances = List.of(
                code("accuse", "#ff9999", "a", "Blames the target"),
                code("deny", "#a6d8ff", "d", "Rejects an accusation"),
                code("support", "#b7f0b1", "s", "Endorses"),
                code("warn", "#ffd27f", "w", "Threatens or predicts harm"));
        return new Codebook("test arms control", "", List.of(
                new Dimension(0, Ids.newUuid(), "speaker", DimensionKind.SINGLE, "actors", "Who makes the claim"),
                new Dimension(0, Ids.newUuid(), "target", DimensionKind.SINGLE, "actors", "Whom the claim is about"),
                new Dimension(0, Ids.newUuid(), "treaty", DimensionKind.MULTI, "treaties", "Treaties the claim names"),
                new Dimension(0, Ids.newUuid(), "stance", DimensionKind.SINGLE, "stances", "What the claim does")),
                Map.of("actors", actors, "treaties", treaties, "stances", stances));
    }

    private static Code code(String name, String colour, String key, String description, String... aliases) {
        return new Code(0, Ids.newUuid(), name, colour, key, description, List.of(aliases), null);
    }

    public static Corpus create(Path dir) {
        Corpus c = Corpus.create(dir.resolve("ui.parley"));
        new CodebookStore(c).merge(codebook(), "tester");
        return c;
    }

    public static String sampleText() throws java.io.IOException {
        return Files.readString(SAMPLE);
    }
}
