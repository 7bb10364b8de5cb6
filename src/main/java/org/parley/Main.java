package org.parley;

import javafx.application.Application;
import org.parley.cli.Cli;
import org.parley.ui.ParleyApp;

/**
 * Starts Parley: with no arguments the desktop app, with one {@code .parley} file the app on that corpus
 * (how the desktop opens a double-clicked corpus), otherwise the command line. Not an
 * {@code Application} subclass, so the shaded jar runs on a plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || ParleyApp.opensInApp(args)) {
            Application.launch(ParleyApp.class, args);
        } else {
            Cli.main(args);
        }
    }
}
