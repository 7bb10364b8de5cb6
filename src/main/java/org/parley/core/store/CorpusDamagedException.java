package org.parley.core.store;

import java.nio.file.Path;

/**
 * The corpus file is damaged (pages overwritten, cut short, or its identity inconsistent). Nothing more is written
 * into it; the user restores a backup or salvages it with {@code parley repair}. The CLI exits 2.
 */
public class CorpusDamagedException extends CorpusRefusedException {
    public CorpusDamagedException(Path file, Throwable cause) {
        super(message(file), cause);
    }

    public CorpusDamagedException(Path file) {
        super(message(file));
    }

    static String message(Path file) {
        return file + ": the corpus is damaged — restore a backup or run `parley repair --corpus " + file + " --out NEW`";
    }
}
