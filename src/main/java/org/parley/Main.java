package org.parley;

import org.parley.cli.Cli;

/**
 * Starts Parley: with no arguments the desktop app, otherwise the command line. Not an
 * {@code Application} subclass, so the shaded jar runs on a plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Cli.main(args);
    }
}
