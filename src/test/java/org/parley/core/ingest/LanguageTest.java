package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | The minister said that the talks on the treaty would continue and that it was not the end.",
            "ru | Министр заявил, что переговоры по договору будут продолжены и что это не конец диалога.",
            "fr | Le ministre a déclaré que les négociations sur le traité vont continuer et que ce n'est pas la fin.",
            "de | Der Minister sagte, dass die Gespräche über den Vertrag weitergehen und es nicht das Ende ist.",
            "es | El ministro dijo que las negociaciones sobre el tratado continuarán y que no es el final de la serie.",
            "ar | قال الوزير إن المحادثات بشأن المعاهدة ستستمر وإنها ليست النهاية",
            "zh | 外交部长表示，关于条约的谈判将继续进行，这不是结束。",
            "uk | Міністр заявив, що переговори щодо договору триватимуть і що це не кінець діалогу."})
    void guessesTheLanguage(String expected, String text) {
        assertThat(Language.guess(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void tooLittleTextGivesNoGuess() {
        assertThat(Language.guess("OK 123")).isNull();
    }
}
