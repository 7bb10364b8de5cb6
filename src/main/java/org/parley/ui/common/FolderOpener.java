package org.parley.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Opens a folder in the system's file manager: {@code explorer} on Windows, {@code open} on macOS,
 * {@code xdg-open} elsewhere when it is installed. Not {@code java.awt.Desktop}: starting AWT inside the
 * JavaFX app on Linux clashed with GTK ("XSetErrorHandler() called with a GDK error trap pushed") and
 * crashed the JVM once in a few launches under Xvfb.
 */
public final class FolderOpener {
    private static final Optional<String> COMMAND = command(System.getProperty("os.name", ""), System.getenv("PATH"));

    private FolderOpener() {
    }

    public static boolean supported() {
        return COMMAND.isPresent();
    }

    /** Starts the file manager and returns; call off the FX thread. */
    public static void open(Path folder) throws java.io.IOException {
        new ProcessBuilder(List.of(COMMAND.orElseThrow(), folder.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    static Optional<String> command(String osName, String path) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return Optional.of("explorer");
        }
        if (os.contains("mac")) {
            return Optional.of("open");
        }
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "xdg-open"))) {
                return Optional.of("xdg-open");
            }
        }
        return Optional.empty();
    }
}
