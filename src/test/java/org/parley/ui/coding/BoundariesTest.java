package org.parley.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.model.Span;
import org.parley.core.text.Offsets;

class BoundariesTest {
    static final String TEXT = "𝐀 Лавров заявил, что США";
    final Boundaries b = new Boundaries(TEXT, Offsets.of(TEXT));

    @Test
    void aSelectionIsTrimmedAndWidenedToWholeWordsInCodePoints() {
        int s = TEXT.indexOf("авров");
        int e = TEXT.indexOf("заявил") + 3;
        assertThat(b.fromSelection(s, e, true)).contains(new Span(2, 15));          // "Лавров заявил"
        assertThat(b.fromSelection(s, e, false)).contains(new Span(3, 12));
        assertThat(b.fromSelection(2, 3, true)).isEmpty();                           // only a space
    }

    @Test
    void edgesMoveByWordOrCharacterAndNeverEmptyTheClaim() {
        Span lavrov = new Span(2, 8);
        assertThat(b.move(lavrov, false, 1, true)).isEqualTo(new Span(2, 15));       // end to "заявил"
        assertThat(b.move(lavrov, false, 1, false)).isEqualTo(new Span(2, 9));
        assertThat(b.move(lavrov, true, -1, true)).isEqualTo(new Span(0, 8));        // start to "𝐀"
        assertThat(b.move(new Span(2, 3), false, -1, false)).isEqualTo(new Span(2, 3));
    }
}
