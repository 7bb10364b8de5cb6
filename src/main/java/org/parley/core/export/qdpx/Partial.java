package org.parley.core.export.qdpx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Exports are written beside their target and moved into place at the end, so a failure leaves no half file. */
public final class Partial {
    private Partial() {
    }

    public static Path of(Path out) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return out.resolveSibling(out.getFileName() + ".part");
    }

    public static void finish(Path part, Path out) throws IOException {
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
