package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineBreaksTest {
    @Test
    void crlfLfcrCrAndLfEachBecomeOneLf() {
        assertThat(LineBreaks.normalise("a\r\nb\n\rc\rd\ne")).isEqualTo("a\nb\nc\nd\ne");
    }

    @Test
    void twoBreaksStayTwo() {
        assertThat(LineBreaks.normalise("a\r\n\r\nb")).isEqualTo("a\n\nb");
        assertThat(LineBreaks.normalise("a\n\nb")).isEqualTo("a\n\nb");
        assertThat(LineBreaks.normalise("a\r\rb")).isEqualTo("a\n\nb");
        assertThat(LineBreaks.normalise("a\n\r\n\rb")).isEqualTo("a\n\nb");
    }

    @Test
    void removesALeadingBomAndNothingElse() {
        String s = "\uFEFF“Quote” a\u00A0b\tc";
        assertThat(LineBreaks.normalise(s)).isEqualTo("“Quote” a\u00A0b\tc");
        assertThat(LineBreaks.normalise("a\uFEFFb")).isEqualTo("a\uFEFFb");
    }
}
