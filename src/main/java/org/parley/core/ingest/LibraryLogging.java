package org.parley.core.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Where the libraries' log messages go. Every library logs through one binding that ends in
 * java.util.logging: SLF4J by {@code slf4j-jdk14} (Readability4J), the Log4j API by {@code log4j-to-jul}
 * (Apache POI), commons-logging by its own discovery of the Log4j API (PDFBox), JUL itself as it is. So
 * nothing a library says reaches standard output, where {@code --json} promises only JSON: the command line
 * shows warnings and worse on standard error ({@link #forCommandLine}); the app writes everything from
 * INFO up to {@code parley.log} in a folder of the data folder ({@link #toFolder}), the file a user sends
 * with a bug report.
 */
public final class LibraryLogging {
    /** The log file's name in its folder, numbered by generation: {@code parley.log.0} newest, then {@code .1}, {@code .2}. */
    public static final String FILE = "parley.log";
    private static final int FILE_BYTES = 5 * 1024 * 1024;

    private LibraryLogging() {
    }

    /** The command line: WARNING and SEVERE, one line each, on standard error; the rest is dropped. */
    public static synchronized void forCommandLine() {
        StreamHandler err = new StreamHandler(System.err, new OneLine()) {
            @Override
            public synchronized void publish(LogRecord r) {
                super.publish(r);
                flush();
            }
        };
        install(err, Level.WARNING);
    }

    /**
     * The app: INFO and worse appended to {@link #FILE} in {@code folder} (made when missing), rotated at
     * 5 MB over three files. Returns the folder, for a "show the log folder" action; when the folder
     * cannot be written, the app logs as the command line does ({@link #forCommandLine}) and null is returned.
     */
    public static synchronized Path toFolder(Path folder) {
        try {
            Files.createDirectories(folder);
            // JUL numbers the files itself: parley.log.0 is this run's, .1 and .2 older ones
            FileHandler file = new FileHandler(folder.resolve(FILE).toString().replace("%", "%%"), FILE_BYTES, 3, true);
            file.setFormatter(new OneLine());
            file.setEncoding("UTF-8");
            install(file, Level.INFO);
            return folder;
        } catch (IOException | RuntimeException e) {
            forCommandLine();
            Logger.getLogger(LibraryLogging.class.getName()).warning("cannot write the log in " + folder + ": " + e.getMessage());
            return null;
        }
    }

    private static void install(Handler handler, Level level) {
        LogManager.getLogManager().reset(); // drops JUL's default console handler and any earlier set-up
        Logger root = Logger.getLogger("");
        handler.setLevel(level);
        root.setLevel(level);
        root.addHandler(handler);
    }

    /** {@code 2024-12-26T21:09:18Z WARNING org.apache.pdfbox...: message} and the exception's first line. */
    private static final class OneLine extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder sb = new StringBuilder();
            sb.append(Instant.ofEpochMilli(r.getMillis())).append(' ').append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName()).append(": ").append(formatMessage(r));
            if (r.getThrown() != null) {
                sb.append(" (").append(r.getThrown()).append(')');
            }
            return sb.append(System.lineSeparator()).toString();
        }
    }
}
