package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The reader's find matches what a reader sees as the same words: across line breaks, quote styles and case. */
class TextSearchTest {
    static final String TEXT = "We will continue to\r\nadhere to the treaty, Lavrov said. They ‘buried’ the ABM Treaty.\n"
            + "«Договор» — сказал ЛАВРОВ; \"quoted\" and “quoted”. NBSP\u00A0here.";

    private static String found(String words, int from) {
        return TextSearch.forWords(words).orElseThrow().next(TEXT, from).map(m -> TEXT.substring(m.start(), m.end())).orElse(null);
    }

    @Test
    void aSpaceMatchesAHardLineBreakAndNoBreakSpaces() {
        assertThat(found("continue to adhere", 0)).isEqualTo("continue to\r\nadhere");
        assertThat(found("NBSP here", 0)).isEqualTo("NBSP\u00A0here");
    }

    @Test
    void straightAndCurlyQuotesMatchEachOther() {
        assertThat(found("'buried'", 0)).isEqualTo("‘buried’");
        assertThat(found("\"Договор\"", 0)).isEqualTo("«Договор»");
        int first = TEXT.indexOf("\"quoted\"");
        assertThat(found("“quoted”", 0)).isEqualTo("\"quoted\"");
        assertThat(found("\"quoted\"", first + 1)).isEqualTo("“quoted”");
    }

    @Test
    void caseIsIgnoredInEveryScriptAndTheSearchWrapsBothWays() {
        assertThat(found("лавров", 0)).isEqualTo("ЛАВРОВ");
        assertThat(found("abm treaty", TEXT.length())).as("wraps to the start").isEqualTo("ABM Treaty");
        var treaty = TextSearch.forWords("treaty").orElseThrow();
        int second = TEXT.indexOf("Treaty");
        assertThat(treaty.previous(TEXT, second).orElseThrow().start()).isEqualTo(TEXT.indexOf("treaty"));
        assertThat(treaty.previous(TEXT, 0).orElseThrow().start()).as("wraps to the end").isEqualTo(second);
        assertThat(TextSearch.forWords("  ")).isEmpty();
        assertThat(TextSearch.forWords("START II").orElseThrow().next(TEXT, 0)).isEmpty();
    }
}
