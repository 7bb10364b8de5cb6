package org.parley.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code parley} in a child JVM, for what the in-process {@link CliRun} cannot set: the environment
 * ({@code PARLEY_HOME}, so the default corpus is a test's own) and the user. {@link #asNobody} runs it as
 * user {@code nobody}, because CI runs as root and root ignores permissions; the test is skipped, with a
 * message, where that cannot be done.
 */
final class ChildParley {
    private static final int NOBODY = 65534;

    private final Path home;
    private final boolean nobody;
    private final List<String> classpath;

    private ChildParley(Path home, boolean nobody, List<String> classpath) {
        this.home = home;
        this.nobody = nobody;
        this.classpath = classpath;
    }

    /** A child with {@code home} as its PARLEY_HOME (data and settings folder). */
    static ChildParley withHome(Path home) {
        return new ChildParley(home, false, testClasspath());
    }

    /**
     * A child run as {@code nobody}, with {@code home} as its PARLEY_HOME; the libraries are linked into
     * {@code scratch} (a folder nobody can read) because the build's repository is root's alone.
     */
    static ChildParley asNobody(Path home, Path scratch) throws Exception {
        assumeTrue(isRoot(),
                "skipped: running a child as nobody needs root (this test checks a folder nobody may write in)");
        assumeTrue(new ProcessBuilder("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "true")
                .redirectErrorStream(true).start().waitFor() == 0, "skipped: setpriv cannot switch to user nobody here");
        Path libs = Files.createDirectories(scratch.resolve("libs"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String e : testClasspath()) {
            Path p = Path.of(e);
            if (Files.isRegularFile(p)) {
                Path linked = libs.resolve((n++) + "-" + p.getFileName());
                try {
                    Files.createLink(linked, p);
                } catch (IOException | UnsupportedOperationException x) {
                    Files.copy(p, linked);
                }
                entries.add(linked.toString());
            } else {
                entries.add(e);
            }
        }
        openToAll(scratch);
        openToAll(libs);
        openToAll(home);
        return new ChildParley(home, true, entries);
    }

    /** Lets every user read and write {@code p} (and enter it when a folder). */
    static void openToAll(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxrwxrwx" : "rw-rw-rw-"));
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip().equals("0");
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> testClasspath() {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(cp.split(File.pathSeparator));
    }

    /** Runs {@code parley args…} and waits (at most a minute). */
    CliRun run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        if (nobody) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classpath), Cli.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PARLEY_HOME", home.toString());
        Path out = Files.createTempFile("parley-child", ".out");
        Path err = Files.createTempFile("parley-child", ".err");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("parley " + String.join(" ", args) + " did not end within a minute");
            }
            return new CliRun(p.exitValue(), Files.readString(out), withoutLoggerNoise(Files.readString(err)));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** What the user reads on stderr, without the logging library's complaint that no logger is configured. */
    private static String withoutLoggerNoise(String err) {
        return String.join("\n", err.lines().filter(l -> !l.startsWith("SLF4J")).toList());
    }
}
