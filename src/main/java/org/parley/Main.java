package org.parley;

import javafx.application.Application;
import org.parley.cli.Cli;
import org.parley.ui.ParleyApp;

/**
 * Starts Parley: with no arguments the desktop app, otherwise the command line. Not an
 * {@code Application} subclass, so the shaded jar runs on a plain class path.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            Application.launch(ParleyApp.class);
        } else {
            Cli.main(args);
        }
    }
}
