package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every wire dateline form in DOMAIN.md gives place (display case), agency (one Latin name) and month-day. */
class DatelineTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MOSCOW, November 1. /TASS/. The United States seems ...      | Moscow         | TASS        | 11 | 1",
            "МОСКВА, 1 ноября. /ТАСС/. Россия ...                         | Москва         | TASS        | 11 | 1",
            "МОСКВА, 1 ноя — РИА Новости. Глава МИД ...                   | Москва         | RIA Novosti | 11 | 1",
            "MOSCOW. Nov 1 (Interfax) - Russia ...                        | Moscow         | Interfax    | 11 | 1",
            "WASHINGTON (Reuters) - The United States ...                 | Washington     | Reuters     | 0  | 0",
            "WASHINGTON, Nov 1 (Reuters) - The United States ...          | Washington     | Reuters     | 11 | 1",
            "WASHINGTON (AP) — The United States ...                      | Washington     | AP          | 0  | 0",
            "GENEVA, 3 May (AFP) - Talks ...                              | Geneva         | AFP         | 5  | 3",
            "BEIJING, Nov. 1 (Xinhua) -- China ...                        | Beijing        | Xinhua      | 11 | 1",
            "UNITED NATIONS, Oct 4 (Xinhua) -- The General Assembly ...   | United Nations | Xinhua      | 10 | 4",
            "SEOUL, Nov. 1 (Yonhap) -- South Korea ...                    | Seoul          | Yonhap      | 11 | 1",
            "TOKYO, Nov. 1 Kyodo - Japan ...                              | Tokyo          | Kyodo       | 11 | 1",
            "Berlin (dpa) - Die Bundesregierung ...                       | Berlin         | dpa         | 0  | 0",
            "WASHINGTON, Nov. 1 (UPI) -- The Pentagon ...                 | Washington     | UPI         | 11 | 1",
            "RIO DE JANEIRO, Sept. 9 (Reuters) - Brazil ...               | Rio de Janeiro | Reuters     | 9  | 9",
            "IGORA /Leningrad Region/, December 26. /TASS/. Russian ...   | Igora, Leningrad Region | TASS | 12 | 26",
            "ГОРКИ /Московская область/, 5 марта. /ТАСС/. Президент ...   | Горки, Московская область | TASS | 3 | 5",
            "GENEVA, March 14 (AP) — Negotiators ...                      | Geneva         | AP          | 3  | 14",
            "UNITED NATIONS, Oct 3 (Xinhua) -- The Security Council ...   | United Nations | Xinhua      | 10 | 3",
            "МОСКВА, 1 ноября. /ТАСС/. Россия ...                         | Москва         | TASS        | 11 | 1",
            "МОСКВА, 1 ноя — РИА Новости. Глава МИД ...                   | Москва         | RIA Novosti | 11 | 1"})
    void readsTheDatelineForms(String line, String place, String agency, int month, int day) {
        Dateline d = Dateline.find("Some headline for the story\n\n" + line).orElseThrow();
        assertThat(d.place()).isEqualTo(place);
        assertThat(d.agency()).isEqualTo(agency);
        assertThat(d.month()).isEqualTo(month);
        assertThat(d.day()).isEqualTo(day);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "The minister (right) said - nothing new.",
            "In Moscow, November 1 was a quiet day.",
            "NATO ministers met in Brussels on Friday."})
    void ordinaryLinesAreNoDateline(String line) {
        assertThat(Dateline.find(line)).isEmpty();
    }
}
