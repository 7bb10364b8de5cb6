package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Speeches and transcripts without a headline: never a long paragraph, never the closing line, as title. */
class HeadlineTest {
    private static final String LONG = "THE PRESIDENT: " + "We came together today to talk about what we have done and about the work ahead. ".repeat(15);

    @Test
    void aTranscriptWithoutHeadlineIsNotTitledByItsLongFirstOrItsLastParagraph() {
        String transcript = (LONG + "\n\n").repeat(8) + "Thank you all very much.\n";
        assertThat(LONG.length()).isGreaterThan(1200);
        assertThat(Headline.find(transcript)).isNull();
    }

    @Test
    void theFirstShortLineIsTheTitleEvenOfFewWords() {
        assertThat(Headline.find("Remarks\n\n" + LONG)).isEqualTo("Remarks");
        assertThat(Headline.find("All news\n\nPutin meets the governor of Leningrad Region\n\n" + LONG))
                .isEqualTo("Putin meets the governor of Leningrad Region");
    }

    @Test
    void theFilesOwnTitleWinsAndAFileNameIsNoTitle() throws Exception {
        Path f = java.nio.file.Files.createTempFile("speech", ".docx");
        try {
            TestFiles.docx(f, "Address to the Federal Assembly", LONG, "Thank you.");
            var d = new DocxImporter(ImportOptions.DEFAULT).read(new SourceFile(f, java.nio.file.Files.readAllBytes(f))).get(0);
            assertThat(d.meta().title()).isEqualTo("Address to the Federal Assembly");
            TestFiles.docx(f, "Microsoft Word - speech.docx", LONG, "Thank you.");
            d = new DocxImporter(ImportOptions.DEFAULT).read(new SourceFile(f, java.nio.file.Files.readAllBytes(f))).get(0);
            assertThat(d.meta().title()).isNull();
        } finally {
            java.nio.file.Files.delete(f);
        }
        var txt = new PlainTextImporter().read(new SourceFile(Path.of("speech.txt"),
                ((LONG + "\n\n").repeat(8) + "Thank you.").getBytes(StandardCharsets.UTF_8))).get(0);
        assertThat(txt.meta().title()).isNull();
    }
}
