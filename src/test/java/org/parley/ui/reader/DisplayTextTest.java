package org.parley.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;

class DisplayTextTest {
    static String styleAt(StyleSpans<String> spans, int pos) {
        int at = 0;
        for (var s : spans) {
            if (pos < at + s.getLength()) {
                return s.getStyle();
            }
            at += s.getLength();
        }
        throw new IndexOutOfBoundsException(pos);
    }

    @Test
    void shortParagraphsAreShownAsTheyAre() {
        DisplayText d = DisplayText.of("one\ntwo three");
        assertThat(d.isIdentity()).isTrue();
        assertThat(d.text()).isEqualTo("one\ntwo three");
    }

    @Test
    void aLongParagraphIsCutAfterSpacesAndPositionsMapBothWays() {
        String text = "Lavrov said. ".repeat(2000).strip(); // one paragraph of ~26,000 characters
        DisplayText d = DisplayText.of(text);
        assertThat(d.isIdentity()).isFalse();
        assertThat(d.text().replace("\n", "")).isEqualTo(text);
        assertThat(d.text().split("\n")).allSatisfy(line -> assertThat(line.length()).isLessThan(DisplayText.CHUNK + 20));
        for (int i = 0; i <= text.length(); i += 37) {
            int shown = d.toDisplay(i);
            assertThat(d.toText(shown)).isEqualTo(i);
            if (i < text.length()) {
                assertThat(d.text().charAt(shown)).isEqualTo(text.charAt(i));
            }
        }
        int firstBreak = d.text().indexOf('\n');
        assertThat(d.toText(firstBreak)).isEqualTo(firstBreak);          // the break maps to the text after it
        assertThat(d.toText(firstBreak + 1)).isEqualTo(firstBreak);
    }

    @Test
    void stylesFollowTheTextAcrossBreaks() {
        String text = "word ".repeat(3000);
        DisplayText d = DisplayText.of(text);
        StyleSpansBuilder<String> b = new StyleSpansBuilder<>();
        b.add("", 100);
        b.add("red", text.length() - 200);
        b.add("", 100);
        StyleSpans<String> shown = d.spans(b.create());
        assertThat(shown.length()).isEqualTo(d.text().length());
        int firstBreak = d.text().indexOf('\n');
        assertThat(styleAt(shown, firstBreak)).isEmpty();
        assertThat(styleAt(shown, firstBreak + 1)).isEqualTo("red");
        assertThat(styleAt(shown, d.toDisplay(150))).isEqualTo("red");
        assertThat(styleAt(shown, d.toDisplay(50))).isEmpty();
        assertThat(styleAt(shown, d.toDisplay(text.length() - 50))).isEmpty();
    }
}
