package org.parley.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyRunTest {
    private static final long MS = 1_000_000L;

    @Test
    void inAOneCodeDimensionASecondLetterMakesTheRunASearch() {
        KeyRun run = new KeyRun();
        assertThat(run.typed("r", true, true, 0)).isEqualTo(new KeyRun.Pick());
        run.picked();
        assertThat(run.typed("e", false, true, 100 * MS)).isEqualTo(new KeyRun.Search("re", 1));
        assertThat(run.typed("s", true, true, 200 * MS)).isEqualTo(new KeyRun.Pick()); // a new run
        run.picked();
        assertThat(run.typed("a", true, true, 300 * MS)).isEqualTo(new KeyRun.Search("sa", 1)); // even a key
    }

    @Test
    void inAManyCodeDimensionKeysGoOnUntilALetterThatIsNoKey() {
        KeyRun run = new KeyRun();
        for (String k : new String[] {"t", "a", "r"}) {
            assertThat(run.typed(k, true, false, 0)).isEqualTo(new KeyRun.Pick());
            run.picked();
        }
        assertThat(run.typed("g", false, false, 10 * MS)).isEqualTo(new KeyRun.Search("targ", 3));
    }

    @Test
    void aRunEndsWhenItsPickIsNoLongerShownOrTheCoderDoesAnythingElse() {
        KeyRun run = new KeyRun();
        run.typed("r", true, true, 0);
        run.picked();
        assertThat(run.typed("e", false, true, KeyRun.WINDOW.toNanos() + 1)).isEqualTo(new KeyRun.Text());
        run.typed("r", true, true, 0);
        run.end();
        assertThat(run.typed("s", true, true, MS)).isEqualTo(new KeyRun.Pick());
        assertThat(new KeyRun().typed("W", false, true, 0)).isEqualTo(new KeyRun.Text());
    }
}
