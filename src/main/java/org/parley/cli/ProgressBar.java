package org.parley.cli;

import java.io.PrintStream;
import org.parley.core.ingest.ImportProgress;

/** A one-line progress bar on the terminal's error stream, redrawn in place; silent when not a terminal. */
public final class ProgressBar implements ImportProgress {
    private final PrintStream err;
    private final boolean enabled;
    private long lastDraw;

    ProgressBar(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public static ProgressBar forTerminal() {
        return new ProgressBar(System.err, System.console() != null);
    }

    @Override
    public void fileDone(int done, int total, String current) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int width = 30;
        int filled = total == 0 ? width : (int) ((long) done * width / total);
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total + " " + name + "\u001b[K");
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
