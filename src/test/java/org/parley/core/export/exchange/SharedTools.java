package org.parley.core.export.exchange;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The independent checkers in ../shared/tools and the standards in ../shared/standards, found beside
 * the project (or beside the folder holding a worktree). Tests skip, saying why, when they are absent.
 */
public final class SharedTools {
    private SharedTools() {
    }

    public record Result(int exit, String output) {
    }

    public static Path shared() {
        Path p = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && p != null; up++, p = p.getParent()) {
            Path candidate = p.resolveSibling("shared");
            if (Files.isDirectory(candidate.resolve("tools"))) {
                return candidate;
            }
        }
        assumeTrue(false, "needs ../shared/tools and ../shared/standards beside the project (not in a plain clone)");
        return null;
    }

    public static Path standard(String relative) {
        return shared().resolve("standards").resolve(relative);
    }

    /** Runs a checker from ../shared/tools with python3. */
    public static Result python(String tool, Object... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", shared().resolve("tools").resolve(tool).toString()));
        for (Object a : args) {
            cmd.add(a.toString());
        }
        return run(cmd);
    }

    public static Result xmllint(Path schema, Path file) throws IOException, InterruptedException {
        assumeTrue(onPath("xmllint"), "needs xmllint (apt-get install -y libxml2-utils)");
        return run(List.of("xmllint", "--noout", "--schema", schema.toString(), file.toString()));
    }

    public static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static Result run(List<String> cmd) throws IOException, InterruptedException {
        assumeTrue(onPath(cmd.get(0)), "needs " + cmd.get(0) + " on the PATH");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        return new Result(p.exitValue(), out);
    }
}
