package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.CodebookLock;
import org.parley.core.store.Corpus;

class CodebookLockCommandTest {
    @TempDir
    Path dir;

    @Test
    void aLeadLocksAndUnlocksTheCodebookAndEachChangeIsAudited() throws Exception {
        Path corpus = dir.resolve("c.parley");
        assertThat(CliRun.on(corpus, "init").exit()).isZero();
        try (Corpus c = Corpus.open(corpus)) {
            assertThat(new CodebookLock(c).locked()).isFalse();
        }

        CliRun lock = CliRun.on(corpus, "codebook", "lock");
        assertThat(lock.exit()).as(lock.err()).isZero();
        assertThat(lock.out()).contains("is now locked");
        assertThat(CliRun.on(corpus, "codebook", "lock").out()).contains("was already locked");
        try (Corpus c = Corpus.open(corpus)) {
            assertThat(new CodebookLock(c).locked()).isTrue();
            int audited = c.read("count", x -> {
                try (var rs = x.createStatement().executeQuery("SELECT count(*) FROM audit WHERE action = 'lock codebook'")) {
                    return rs.getInt(1);
                }
            });
            assertThat(audited).isEqualTo(1);
        }

        assertThat(CliRun.on(corpus, "codebook", "unlock").out()).contains("is now unlocked");
        try (Corpus c = Corpus.open(corpus)) {
            assertThat(new CodebookLock(c).locked()).isFalse();
        }
    }
}
