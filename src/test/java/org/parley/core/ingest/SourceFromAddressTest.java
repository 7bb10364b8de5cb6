package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.store.NewDocument;

/** A CSV or JSONL of scraped wire articles with a link column: every row gets its url, and its source from the domain. */
class SourceFromAddressTest {
    private static List<NewDocument> read(String name, String content) throws Exception {
        return new ArticleTableImporter(ImportOptions.DEFAULT).read(new SourceFile(Path.of(name), content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void csvRowsTakeTheirSourceFromTheLinkAndADateWithATimeIsADate() throws Exception {
        List<NewDocument> docs = read("wire.csv", """
                title,link,date,text
                Lavrov holds talks,https://tass.com/politics/1894093,2024-12-26 21:09:18,The minister met his counterpart on Thursday.
                Putin meets governor,http://en.kremlin.ru/events/president/news/75948,2024-12-26 14:00:00,The President met the governor.
                Remarks on trade,https://www.whitehouse.gov/briefing-room/remarks/,2024-06-14T13:48:01-04:00,We will keep working on it.
                Local story,https://example.org/a,2024-01-02,Nothing to say about the source here.
                """);
        assertThat(docs).extracting(d -> d.meta().source()).containsExactly("TASS", "Kremlin", "The White House", null);
        assertThat(docs.get(0).meta().url()).isEqualTo("https://tass.com/politics/1894093");
        assertThat(docs).extracting(d -> d.meta().published().iso()).containsExactly("2024-12-26", "2024-12-26", "2024-06-14", "2024-01-02");
    }

    @Test
    void aDatelineNamingTheAgencyWinsAndJsonlRowsToo() throws Exception {
        List<NewDocument> docs = read("wire.jsonl", """
                {"headline": "Talks", "url": "https://ria.ru/20241226/talks.html", "published_at": "2024-12-26 21:09:18", "body": "МОСКВА, 26 дек — РИА Новости. Переговоры продолжатся."}
                {"headline": "Statement", "url": "https://www.mid.ru/en/press/1", "published_at": "2024-12-27 10:00:00", "body": "MOSCOW (Reuters) - The ministry said it would answer."}
                """);
        assertThat(docs).extracting(d -> d.meta().source()).containsExactly("RIA Novosti", "Reuters");
        assertThat(SourceDomains.of("https://www.mid.ru/en/press/1")).isEqualTo("Russian MFA");
        assertThat(SourceDomains.of("https://state.gov/x")).isEqualTo("US State Department");
        assertThat(SourceDomains.of("https://notstate.gov/x")).isNull();
        assertThat(SourceDomains.of("not an address")).isNull();
    }
}
