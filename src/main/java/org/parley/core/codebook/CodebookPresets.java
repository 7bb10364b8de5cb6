package org.parley.core.codebook;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.core.model.Codebook;

/** The codebooks bundled with Parley, by name, and the rule for {@code --codebook NAME|FILE}. */
public final class CodebookPresets {
    public static final List<String> NAMES = List.of("arms-control", "fact-check");
    public static final String DEFAULT = "arms-control";

    private CodebookPresets() {
    }

    public static Codebook preset(String name) {
        String resource = "/codebooks/" + name + ".json";
        try (InputStream in = CodebookPresets.class.getResourceAsStream(resource)) {
            if (in == null || !NAMES.contains(name)) {
                throw new CodebookException("no bundled codebook '" + name + "' (bundled: " + String.join(", ", NAMES) + ")");
            }
            return CodebookFile.read(in, resource);
        } catch (java.io.IOException e) {
            throw new CodebookException("cannot read bundled codebook " + name, e);
        }
    }

    /** A bundled preset's name, else a path to a codebook file. */
    public static Codebook resolve(String nameOrFile) {
        if (NAMES.contains(nameOrFile)) {
            return preset(nameOrFile);
        }
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            return CodebookFile.read(p);
        }
        throw new CodebookException("'" + nameOrFile + "' is neither a bundled codebook (" + String.join(", ", NAMES)
                + ") nor a codebook file");
    }
}
