package org.parley.core.ingest;

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
 * Runs Parley's CLI in a child JVM as the user {@code nobody}, so that permissions stop it as they stop a
 * user (CI runs as root, which reads chmod-000 files). The class path's jars are linked into {@code work}
 * (root's Maven folder is closed to nobody); {@code work} is opened to everyone. Skips, with the reason,
 * where there is no nobody to become.
 */
final class AsNobody {
    record Run(int exit, String out, String err) {
    }

    private final Path work;
    private final String classPath;

    AsNobody(Path work) throws IOException {
        this.work = work;
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path jars = Files.createDirectories(work.resolve("jars"));
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!entry.endsWith(".jar") || !Files.isRegularFile(p)) {
                entries.add(entry);
                continue;
            }
            Path link = jars.resolve(n++ + "-" + p.getFileName());
            try {
                Files.createLink(link, p);
            } catch (IOException | UnsupportedOperationException e) {
                Files.copy(p, link);
            }
            entries.add(link.toString());
        }
        classPath = String.join(File.pathSeparator, entries);
        Run probe = run("--help");
        assumeTrue(probe.exit() == 0, "cannot run Parley as the user nobody here (setpriv: exit " + probe.exit()
                + ", " + probe.err().lines().findFirst().orElse("") + "): the permission case is not tested");
    }

    Run run(String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Djava.io.tmpdir=" + work,
                "-cp", classPath, "org.parley.cli.Cli"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_HOME", work.resolve("home").toString());
        pb.environment().put("HOME", work.toString());
        pb.redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile());
        Process p;
        try {
            p = pb.start();
            p.getOutputStream().close(); // no input, as in CI
        } catch (IOException e) {
            return new Run(-1, "", "setpriv cannot be started: " + e.getMessage());
        }
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("parley as nobody did not finish in 60 s: " + String.join(" ", args));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        return new Run(p.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }
}
