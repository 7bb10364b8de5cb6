package org.parley.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.text.TextRange;
import org.parley.core.text.TextUnits.Unit;

/** Selecting by sentence, clause, quotation and paragraph, and growing or shrinking by one of them. */
class TextUnitsTest {
    static final String EN = "US seeking to wreck arms control\n"
            + "MOSCOW, November 1. /TASS/. The U.S. seems to be seeking to break the system, Mr. Lavrov said. "
            + "\"The Americans' recent actions suggest an idea that they would be glad to wreck it,\" he noted. "
            + "He added: “Washington’s line is clear”; talks go on.\n"
            + "Second paragraph here.";
    static final String RU = "«Мы готовы к диалогу», — заявил Рябков. Он добавил, что Москва ждёт ответа.";

    private static String of(String text, String language, String near, Unit unit) {
        TextUnits units = new TextUnits(text, language);
        return units.around(text.indexOf(near), unit).map(s -> text.substring(s.start(), s.end())).orElse(null);
    }

    @Test
    void aSentenceKeepsUsAndMrWholeAndStopsAtTheParagraph() {
        assertThat(of(EN, "en", "seems", Unit.SENTENCE))
                .isEqualTo("The U.S. seems to be seeking to break the system, Mr. Lavrov said.");
        assertThat(of(EN, "en", "arms", Unit.SENTENCE)).as("a headline without a full stop").isEqualTo("US seeking to wreck arms control");
        assertThat(of(RU, "ru", "Москва", Unit.SENTENCE)).isEqualTo("Он добавил, что Москва ждёт ответа.");
    }

    @Test
    void aClauseRunsBetweenCommasSemicolonsColonsAndDashes() {
        assertThat(of(EN, "en", "break", Unit.CLAUSE)).isEqualTo("The U.S. seems to be seeking to break the system");
        assertThat(of(EN, "en", "talks", Unit.CLAUSE)).isEqualTo("talks go on.");
        assertThat(of(RU, "ru", "заявил", Unit.CLAUSE)).isEqualTo("заявил Рябков.");
    }

    @Test
    void aQuotationIsTheTextInsideItsQuotesWhateverTheirStyle() {
        assertThat(of(EN, "en", "recent", Unit.QUOTATION))
                .isEqualTo("The Americans' recent actions suggest an idea that they would be glad to wreck it,");
        assertThat(of(EN, "en", "line is", Unit.QUOTATION)).as("Washington’s apostrophe closes nothing").isEqualTo("Washington’s line is clear");
        assertThat(of(RU, "ru", "готовы", Unit.QUOTATION)).isEqualTo("Мы готовы к диалогу");
        assertThat(of(EN, "en", "Second", Unit.QUOTATION)).isNull();
    }

    @Test
    void aParagraphIsALineAndGrowingAddsTheNextUnitShrinkingDropsIt() {
        assertThat(of(EN, "en", "Second", Unit.PARAGRAPH)).isEqualTo("Second paragraph here.");
        TextUnits units = new TextUnits(RU, "ru");
        TextRange first = units.around(RU.indexOf("Рябков"), Unit.SENTENCE).orElseThrow();
        TextRange both = units.grow(first, Unit.SENTENCE);
        assertThat(RU.substring(both.start(), both.end())).isEqualTo(RU);
        assertThat(units.grow(both, Unit.SENTENCE)).as("nothing after the last").isEqualTo(both);
        assertThat(units.shrink(both, Unit.SENTENCE)).isEqualTo(first);
        assertThat(units.shrink(first, Unit.SENTENCE)).as("one unit stays").isEqualTo(first);
    }
}
