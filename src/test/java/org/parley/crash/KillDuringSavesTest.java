package org.parley.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.NewDocument;

/**
 * A claim the app has shown as saved survives the process being killed at any moment: a child JVM saves claims in
 * a loop and is killed with SIGKILL at a random point, twenty times over one corpus; after each kill every claim it
 * acknowledged is there and {@code integrity_check} is ok. (scripts/kill-loop.sh runs the same for 100 kills.)
 */
class KillDuringSavesTest {
    static final int KILLS = Integer.getInteger("parley.kills", 20);

    @TempDir
    Path dir;

    @Test
    void noAcknowledgedClaimIsLostAndTheCorpusStaysWhole() throws Exception {
        Path file = dir.resolve("crash.parley");
        try (Corpus corpus = Corpus.create(file)) {
            new CodebookStore(corpus).merge(CodebookPresets.preset(CodebookPresets.DEFAULT), "crash test");
            new DocumentStore(corpus).add(new NewDocument("US seeking to wreck entire arms control system — Lavrov said. "
                    .repeat(4), DocumentMeta.titled("crash")), "crash test");
        }
        Random random = new Random(7);
        Set<String> acknowledged = new HashSet<>();
        int killedMidRun = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            Process child = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
                    ClaimSaver.class.getName(), file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int wanted = 1 + random.nextInt(40);
            List<String> acks = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line = in.readLine();
                assertThat(line).as("the saver starts").isEqualTo("ready");
                while (acks.size() < wanted && (line = in.readLine()) != null) {
                    acks.add(line);
                }
                child.toHandle().destroyForcibly(); // SIGKILL: no shutdown hooks, no close; the pipe stays open to drain
                // what it printed before it died was acknowledged too
                while ((line = in.readLine()) != null) {
                    acks.add(line);
                }
            }
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            killedMidRun += acks.size() >= wanted ? 1 : 0;
            acknowledged.addAll(acks);
            assertWhole(file, acknowledged, kill);
        }
        assertThat(killedMidRun).as("kills that hit a running save loop").isEqualTo(KILLS);
        assertThat(acknowledged).hasSizeGreaterThan(KILLS);
    }

    private static void assertWhole(Path file, Set<String> acknowledged, int kill) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).as("integrity after kill " + kill).isEqualTo("ok");
            }
            Set<String> stored = new HashSet<>();
            try (ResultSet rs = s.executeQuery("SELECT uuid FROM annotation")) {
                while (rs.next()) {
                    stored.add(rs.getString(1));
                }
            }
            assertThat(stored).as("claims after kill " + kill).containsAll(acknowledged);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
