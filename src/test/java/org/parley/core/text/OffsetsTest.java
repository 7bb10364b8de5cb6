package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetsTest {
    // 😀 is one code point and two UTF-16 units; 🇷🇺 (a flag) is two code points and four units.
    private static final String TEXT = "😀 Лавров: «США 🇷🇺 рушат» ДРСМД 👍🏽 end";

    @Test
    void convertsBothWaysAroundEmojiFlagsAndCyrillic() {
        Offsets o = Offsets.of(TEXT);
        assertThat(o.codePointLength()).isEqualTo(TEXT.codePointCount(0, TEXT.length()));
        for (int cp = 0; cp <= o.codePointLength(); cp++) {
            int u = o.toUtf16(cp);
            assertThat(u).isEqualTo(TEXT.offsetByCodePoints(0, cp));
            assertThat(o.toCodePoint(u)).isEqualTo(cp);
        }
    }

    @Test
    void anIndexInsideASurrogatePairMovesToTheCharactersStart() {
        Offsets o = Offsets.of("a😀b");
        assertThat(o.toCodePoint(2)).isEqualTo(1);
        assertThat(o.toCodePoint(3)).isEqualTo(2);
    }

    @Test
    void spansBeforeInsideAndAfterEmojiSliceTheSameTextAsPythonWould() {
        String text = "🇺🇸 said: \"US seeking to wreck 😀 arms control\" — Лавров 👍";
        Offsets o = Offsets.of(text);
        int start = "🇺🇸 said: \"".codePointCount(0, "🇺🇸 said: \"".length());
        String quote = "US seeking to wreck 😀 arms control";
        int end = start + quote.codePointCount(0, quote.length());
        assertThat(Offsets.slice(text, start, end)).isEqualTo(quote);
        assertThat(text.substring(o.toUtf16(start), o.toUtf16(end))).isEqualTo(quote);
        int lavrov = text.codePointCount(0, text.indexOf("Лавров"));
        assertThat(Offsets.slice(text, lavrov, lavrov + 6)).isEqualTo("Лавров");
    }

    @Test
    void identityWhenNoCharacterLiesOutsideTheBmp() {
        assertThat(Offsets.of("Лавров said").isIdentity()).isTrue();
        assertThat(Offsets.of("😀").isIdentity()).isFalse();
    }

    @Test
    void refusesOffsetsOutsideTheText() {
        Offsets o = Offsets.of("ab😀");
        assertThatThrownBy(() -> o.toUtf16(4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> o.toCodePoint(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
