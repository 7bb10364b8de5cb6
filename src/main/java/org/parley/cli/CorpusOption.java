package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.config.Places;
import org.parley.core.config.Settings;
import org.parley.core.firstrun.DefaultCorpus;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Option;

/** {@code --corpus FILE} and {@code --coder NAME}, shared by every command that works on a corpus. */
public final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Corpus file (default: default.parley in your data folder).")
    Path corpus;

    Places places() {
        return Places.forThisUser();
    }

    Settings settings() {
        return Settings.load(places().settingsFile());
    }

    Path file() {
        return corpus != null ? corpus : places().defaultCorpus();
    }

    /**
     * Opens the corpus. The default corpus is created (with the default codebook and the sample story) the first time it is
     * needed; a corpus named with --corpus must exist.
     */
    Corpus open() {
        Path f = file();
        if (corpus == null && !Files.exists(f)) {
            return DefaultCorpus.create(f, settings().coderName());
        }
        return Corpus.open(f);
    }
}
