package org.parley.core.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Ids;

class CodeFinderTest {
    private static final Codebook BOOK = CodebookPresets.preset("arms-control");
    private static final CodeFinder ACTORS = new CodeFinder(BOOK.codeLists().get("actors"));
    private static final CodeFinder STANCES = new CodeFinder(BOOK.codeLists().get("stances"));

    private static List<String> names(CodeFinder finder, String typed) {
        return finder.find(typed).stream().map(f -> f.code().name()).toList();
    }

    @Test
    void russianCaseFormsFindTheirCodeByAStem() {
        assertThat(names(ACTORS, "Украине")).containsExactly("Ukraine");
        assertThat(names(ACTORS, "Москвой")).containsExactly("Russia");
        assertThat(names(ACTORS, "Лаврова")).containsExactly("Sergey Lavrov");
        assertThat(names(ACTORS, "Сергея Лаврова")).containsExactly("Sergey Lavrov");
        assertThat(ACTORS.find("Украине").get(0).alias()).isEqualTo("Украина");
    }

    @Test
    void yoIsYe() {
        assertThat(names(ACTORS, "Соединенным Штатам")).containsExactly("United States");
        assertThat(names(ACTORS, "Соединённым Штатам")).containsExactly("United States");
    }

    @Test
    void anEnglishPluralFindsItsSingularAlias() {
        Code us = new Code(0, Ids.newUuid(), "United States", null, "u", "", List.of("American"), null);
        Code uk = new Code(0, Ids.newUuid(), "United Kingdom", null, "k", "", List.of("Britain"), null);
        CodeFinder finder = new CodeFinder(List.of(us, uk));
        assertThat(finder.find("Americans")).extracting(f -> f.code().name()).containsExactly("United States");
        assertThat(finder.find("Americans").get(0).alias()).isEqualTo("American");
        assertThat(finder.find("united sta")).extracting(f -> f.code().name()).containsExactly("United States");
    }

    @Test
    void exactNamesComeFirstThenBeginningsInCodebookOrder() {
        assertThat(names(STANCES, "re")).containsExactly("oppose", "deny", "report");
        assertThat(STANCES.find("re").get(0).alias()).isEqualTo("reject");
        assertThat(names(STANCES, "report")).containsExactly("report");
        assertThat(names(ACTORS, "Washington")).containsExactly("United States");
        assertThat(ACTORS.find("Washington").get(0).alias()).isEqualTo("Washington");
        assertThat(ACTORS.find("Russia").get(0).alias()).isNull();
    }

    @Test
    void blankOrUnknownTypingFindsNothing() {
        assertThat(ACTORS.find("  ")).isEmpty();
        assertThat(ACTORS.find(null)).isEmpty();
        assertThat(ACTORS.find("the West")).isEmpty();
    }
}
