package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the CLI in-process and keeps what it printed. */
record CliRun(int exit, String out, String err) {
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, new PrintWriter(out), new PrintWriter(err), org.parley.Main.verbsBesideTheProduct());
        return new CliRun(code, out.toString(), err.toString());
    }

    /** {@code parley args… --corpus corpus}. */
    static CliRun on(Path corpus, String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--corpus";
        all[args.length + 1] = corpus.toString();
        return of(all);
    }

    /** A new corpus {@code dir/c.parley} with the default codebook and the TASS sample as document 1. */
    static Path sampleCorpus(Path dir) throws Exception {
        Path corpus = dir.resolve("c.parley");
        Path tass = dir.resolve("tass.txt");
        try (var in = CliRun.class.getResourceAsStream("/samples/tass-2019-11-01-lavrov-arms-control.txt")) {
            Files.copy(in, tass);
        }
        assertThat(on(corpus, "init").exit()).isZero();
        assertThat(on(corpus, "import", tass.toString()).exit()).isZero();
        return corpus;
    }
}
