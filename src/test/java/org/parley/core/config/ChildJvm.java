package org.parley.core.config;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code org.parley.Main} in a child JVM, as a user starts it: the environment's Parley and XDG folders are
 * cleared and point into {@code dir} (the cache at {@code dir/cache}) unless {@code env} says otherwise; the
 * class path is the shipped one.
 */
public final class ChildJvm {
    public record Result(int exit, String output) {
    }

    private ChildJvm() {
    }

    public static ProcessBuilder builder(Path dir, Map<String, String> env, List<String> jvmOptions, String... args) {
        return program(dir, env, jvmOptions, "org.parley.Main", args);
    }

    /** Any main class of the test class path (a test's own child program, say) instead of Parley's. */
    public static ProcessBuilder program(Path dir, Map<String, String> env, List<String> jvmOptions, String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", shippedClassPath(), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Map<String, String> e = pb.environment();
        for (String k : List.of("PARLEY_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS")) {
            e.remove(k);
        }
        e.put("HOME", dir.resolve("home").toString());
        e.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        e.putAll(env);
        return pb;
    }

    /**
     * The test class path without SLF4J, which only tests bring: the shipped jar has none, so the SQLite driver
     * logs through java.util.logging there, to the terminal, as the child must too.
     */
    private static String shippedClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.contains("slf4j"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    public static Result run(Path dir, Map<String, String> env, String... args) throws Exception {
        return finish(builder(dir, env, List.of(), args).start());
    }

    public static Result finish(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish: " + out);
        }
        return new Result(p.exitValue(), out);
    }
}
