package org.parley.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer that meets another's lock waits, says once whom it waits for, and gives up with one line. */
class LockWaitTest {
    @TempDir
    Path dir;

    @Test
    void aWriterWaitsThenNamesTheImportHoldingTheLock() {
        List<String> told = new CopyOnWriteArrayList<>();
        Path f;
        try (Corpus c = TestCorpus.create(dir)) {
            f = c.file();
        }
        try (Corpus importing = Corpus.open(f); Corpus waiting = Corpus.open(f, new LockWait(Duration.ofSeconds(2), told::add))) {
            LongWrite holder = LongWrite.begin(importing, 5000);
            String named = "the import running in another Parley (pid " + ProcessHandle.current().pid() + ", since "
                    + DateTimeFormatter.ofPattern("HH:mm").format(holder.since().atZone(ZoneId.systemDefault())) + ")";
            importing.write("hold the lock", c -> {
                assertThatThrownBy(() -> TestCorpus.addText(waiting, "t", "a claim's text"))
                        .isInstanceOf(CorpusRefusedException.class)
                        .hasMessage(f + " is locked by " + named + "; try again when it ends");
                return null;
            });
            assertThat(told).containsExactly("waiting for " + named + "…");
            holder.end(importing);
            TestCorpus.addText(waiting, "t", "a claim's text"); // the lock is free again
        }
    }

    @Test
    void withoutARecordOrWithAStaleOneTheOtherProgramIsNotNamed() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Path f;
        try (Corpus c = TestCorpus.create(dir)) {
            f = c.file();
            c.write("a record left by a killed import", conn -> {
                try (PreparedStatement ps = conn.prepareStatement("INSERT INTO corpus_info (key, value) VALUES (?, ?)")) {
                    ps.setString(1, LongWrite.KEY);
                    ps.setString(2, new LongWrite(gone.pid(), LongWrite.thisHost(), Instant.now(), 10).value());
                    ps.executeUpdate();
                }
                return null;
            });
        }
        try (Corpus other = Corpus.open(f); Corpus waiting = Corpus.open(f, new LockWait(Duration.ofSeconds(1), m -> { }))) {
            other.write("hold the lock", c -> {
                assertThatThrownBy(() -> TestCorpus.addText(waiting, "t", "text"))
                        .isInstanceOf(CorpusRefusedException.class)
                        .hasMessage(f + " is locked by another program (waited 1 s); close it there and try again");
                return null;
            });
        }
    }

    @Test
    void aRecordSurvivesOnlyWhileItsProcessLives() {
        assertThat(new LongWrite(ProcessHandle.current().pid(), LongWrite.thisHost(), Instant.now(), 1).alive()).isTrue();
        assertThat(new LongWrite(ProcessHandle.current().pid(), "elsewhere", Instant.now(), 1).alive()).as("another host: cannot tell").isTrue();
        assertThat(LongWrite.parse(new LongWrite(7, "h", Instant.parse("2026-12-03T08:00:00Z"), 3).value()))
                .contains(new LongWrite(7, "h", Instant.parse("2026-12-03T08:00:00Z"), 3));
        assertThat(LongWrite.parse("garbage")).isEmpty();
    }
}
