package org.parley.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Ids;
import org.parley.core.model.Span;
import org.parley.core.text.Offsets;

class HighlightsTest {
    static Annotation claim(String text, int start, int end) {
        return new Annotation(0, Ids.newUuid(), 1, new Span(start, end), Offsets.slice(text, start, end), "", "",
                Map.of(), "", AnnotationStatus.ACCEPTED, "t", Instant.EPOCH, Instant.EPOCH);
    }

    static List<String> perChar(StyleSpans<String> spans) {
        List<String> out = new ArrayList<>();
        for (StyleSpan<String> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    @Test
    void overlapsLookDifferentFromEitherClaimAndSpansCountUtf16() {
        // "😀" is two UTF-16 units but one code point: claims are in code points
        String text = "😀 abcdefgh";
        Annotation a = claim(text, 2, 6);   // "abcd"
        Annotation b = claim(text, 4, 8);   // "cdef"
        StyleSpans<String> spans = Highlights.compute(Offsets.of(text), List.of(a, b), x -> x == a ? "#ff0000" : "#00ff00", null);
        List<String> styles = perChar(spans);
        assertThat(styles).hasSize(text.length());
        assertThat(styles.get(0)).isEmpty();
        assertThat(styles.get(3)).contains("#ff0000").doesNotContain("underline");   // 'a'
        assertThat(styles.get(5)).contains(Highlights.OVERLAP_UNDERLINE);            // 'c': both
        assertThat(styles.get(8)).contains("#00ff00").doesNotContain("underline");   // 'f'
        assertThat(styles.get(9)).isEmpty();
    }

    @Test
    void theSelectedClaimHasABorderAndAdjacentClaimsDoNotMerge() {
        String text = "one two three";
        Annotation a = claim(text, 0, 3);
        Annotation b = claim(text, 3, 7);
        List<String> styles = perChar(Highlights.compute(Offsets.of(text), List.of(a, b), x -> "#abcdef", b.uuid()));
        assertThat(styles.get(2)).doesNotContain(Highlights.SELECTED).doesNotContain("underline");
        assertThat(styles.get(3)).contains(Highlights.SELECTED).doesNotContain("underline");
        assertThat(styles.get(7)).isEmpty();
    }

    @Test
    void tenThousandClaimsAreOneSweep() {
        String text = "word ".repeat(40_000);
        List<Annotation> claims = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            claims.add(claim(text, i * 20, i * 20 + 12 + (i % 3) * 5));
        }
        StyleSpans<String> spans = Highlights.compute(Offsets.of(text), claims, x -> "#abcdef", null);
        assertThat(spans.length()).isEqualTo(text.length());
    }

    @Test
    void onlyTheStretchThatChangedIsRepainted() {
        String text = "alpha beta gamma delta epsilon";
        Annotation a = claim(text, 0, 5);
        Annotation b = claim(text, 11, 16);
        StyleSpans<String> before = Highlights.compute(Offsets.of(text), List.of(a, b), x -> "#abcdef", null);
        StyleSpans<String> after = Highlights.compute(Offsets.of(text), List.of(a, b), x -> "#abcdef", b.uuid());
        assertThat(Highlights.changed(before, after)).containsExactly(11, 16);
        assertThat(Highlights.changed(after, after)).isNull();
        assertThat(Highlights.changed(null, after)).containsExactly(0, text.length());
    }
}
