package org.parley;

import javafx.application.Application;
import org.parley.bench.BenchCommand;
import org.parley.cli.Cli;
import org.parley.core.config.Places;
import org.parley.core.config.SqliteLibrary;
import org.parley.core.ingest.LibraryLogging;
import org.parley.ui.ParleyApp;

/**
 * Starts Parley: with no arguments the desktop app, with one {@code .parley} file the app on that corpus
 * (how the desktop opens a double-clicked corpus), otherwise the command line. Not an
 * {@code Application} subclass, so the shaded jar runs on a plain class path. Before anything touches SQLite
 * it points the driver at its native library in Parley's cache folder ({@link SqliteLibrary}).
 */
public final class Main {
    private Main() {
    }

    /** The verbs that live outside the product's packages: {@code parley bench}. */
    public static Object[] verbsBesideTheProduct() {
        return new Object[] {new BenchCommand()};
    }

    public static void main(String[] args) {
        Places places = Places.forThisUser();
        SqliteLibrary.useFrom(places.cacheFolder());
        if (args.length == 0 || ParleyApp.opensInApp(args)) {
            LibraryLogging.toFolder(places.dataFolder().resolve("logs"));
            Application.launch(ParleyApp.class, args);
        } else {
            LibraryLogging.forCommandLine();
            Cli.runAndExit(args, verbsBesideTheProduct());
        }
    }
}
