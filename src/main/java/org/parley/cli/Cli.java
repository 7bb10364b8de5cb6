package org.parley.cli;

import java.io.PrintWriter;
import org.parley.core.codebook.CodebookException;
import org.parley.core.export.job.ExportFailedException;
import org.parley.core.store.CorpusRefusedException;
import org.parley.core.store.StorageException;
import picocli.CommandLine;

/** The command line: parses, runs, and turns failures into one line and an exit code (2 bad input, 1 internal). */
public final class Cli {
    private Cli() {
    }

    /**
     * Runs {@code parley args}; {@code more} are further verbs (picocli commands) added by the launcher, such as
     * {@code parley bench} from {@code org.parley.bench}, which the product's packages never import.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Object... more) {
        CommandLine cl = new CommandLine(new ParleyCommand());
        for (Object command : more) {
            cl.addSubcommand(command);
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("parley: " + message(e));
            err.flush();
            if (isBadInput(e)) {
                return 2;
            }
            e.printStackTrace(err);
            err.flush();
            return 1;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            err.println("parley: " + e.getMessage());
            // the command's full name: "parley export", or "parley" itself (whose name is the program's)
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            err.flush();
            return 2;
        });
        int code = cl.execute(args);
        out.flush();
        return code;
    }

    static boolean isBadInput(Throwable e) {
        return e instanceof BadInput || e instanceof CorpusRefusedException || e instanceof IllegalArgumentException
                || e instanceof CodebookException || e instanceof ExportFailedException f && f.badInput();
    }

    private static String message(Throwable e) {
        if (e instanceof StorageException && e.getCause() != null && e.getMessage() == null) {
            return e.getCause().getMessage();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** The command line without the verbs the launcher adds ({@code org.parley.Main} adds them). */
    public static void main(String[] args) {
        runAndExit(args);
    }

    /** Runs the command line on the process's standard streams and exits with its code. */
    public static void runAndExit(String[] args, Object... more) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, out, err, more));
    }
}
