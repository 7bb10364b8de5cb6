package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.model.Span;

class TextQuoteTest {
    @Test
    void whiteSpaceRunsMatchAnyRunIncludingNbspAndLineBreaks() {
        String text = "😀 arms\u00A0control\n  talks, arms control";
        List<Span> found = TextQuote.find(text, Offsets.of(text), "arms control talks");
        assertThat(found).containsExactly(new Span(2, 22));
        assertThat(Offsets.slice(text, 2, 22)).isEqualTo("arms\u00A0control\n  talks");
    }

    @Test
    void findsEveryOccurrenceInOrder() {
        String text = "US said. 🇺🇸 US said again.";
        assertThat(TextQuote.find(text, Offsets.of(text), "US said")).hasSize(2)
                .extracting(Span::start).containsExactly(0, 12);
    }

    @Test
    void contextIsTakenInCodePoints() {
        String text = "😀".repeat(40) + "claim" + "👍".repeat(40);
        TextQuote q = TextQuote.of(text, Offsets.of(text), new Span(40, 45));
        assertThat(q.exact()).isEqualTo("claim");
        assertThat(q.prefix()).isEqualTo("😀".repeat(TextQuote.CONTEXT));
        assertThat(q.suffix()).isEqualTo("👍".repeat(TextQuote.CONTEXT));
    }
}
