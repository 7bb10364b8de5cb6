package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.parley.core.config.Places;
import org.parley.core.config.Settings;
import org.parley.core.firstrun.DefaultCorpus;
import org.parley.core.store.Corpus;
import org.parley.core.store.LockWait;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --corpus FILE} and {@code --coder NAME}, shared by every command that works on a corpus. */
public final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "FILE",
            description = "Corpus file (default: default.parley in your data folder).")
    Path corpus;

    /** How long a write waits for another program's lock; short in tests. */
    @Option(names = "--lock-wait", paramLabel = "SECONDS", hidden = true, defaultValue = "60")
    int lockWaitSeconds;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

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
     * Opens the corpus to write, its pages checked first. The default corpus is created (with the default codebook and
     * the sample story) the first time it is needed; a corpus named with --corpus must exist, and an empty file there
     * becomes a new corpus with the default codebook (said on stderr).
     */
    Corpus open() {
        Path f = file();
        if (corpus == null && !Files.exists(f)) {
            return DefaultCorpus.create(f, settings().coderName());
        }
        if (Corpus.isBlank(f)) {
            return start(f);
        }
        return Corpus.open(f, Clock.systemUTC(), lockWait(), true);
    }

    /** Opens the corpus to read only (list, show, exports); a missing default or an empty file is made a corpus first. */
    Corpus openToRead() {
        Path f = file();
        if (corpus == null && !Files.exists(f)) {
            DefaultCorpus.create(f, settings().coderName()).close();
        } else if (Corpus.isBlank(f)) {
            start(f).close();
        }
        return Corpus.openToRead(f, lockWait());
    }

    private Corpus start(Path blank) {
        Corpus started = DefaultCorpus.start(blank, settings().coderName());
        err().println(DefaultCorpus.startedNotice(blank));
        err().flush();
        return started;
    }

    LockWait lockWait() {
        if (lockWaitSeconds < 0) {
            throw new BadInput("--lock-wait must be 0 or more seconds, got " + lockWaitSeconds);
        }
        return new LockWait(Duration.ofSeconds(lockWaitSeconds), message -> {
            err().println(message);
            err().flush();
        });
    }

    private PrintWriter err() {
        return command.commandLine().getErr();
    }
}
