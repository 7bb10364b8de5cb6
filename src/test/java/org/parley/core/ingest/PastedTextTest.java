package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parley.core.store.NewDocument;

/** A paste runs the same detection as an import of the same text from a file. */
class PastedTextTest {
    private static final String TASS = "Putin meets Leningrad Region governor\r\n\r\n"
            + "IGORA /Leningrad Region/, December 26. /TASS/. Russian President Vladimir Putin met with the governor.\r\n";

    @Test
    void aPastedTassReportGetsPlaceSourceDateAndTitleAsAFileDoes() throws Exception {
        NewDocument pasted = PastedText.document(TASS);
        NewDocument imported = new PlainTextImporter().read(new SourceFile(java.nio.file.Path.of("report.txt"),
                TASS.getBytes(java.nio.charset.StandardCharsets.UTF_8))).get(0);
        assertThat(pasted.text()).isEqualTo(imported.text()).doesNotContain("\r");
        assertThat(pasted.meta().place()).isEqualTo("Igora, Leningrad Region").isEqualTo(imported.meta().place());
        assertThat(pasted.meta().source()).isEqualTo("TASS");
        assertThat(pasted.meta().published().iso()).isEqualTo("--12-26").isEqualTo(imported.meta().published().iso());
        assertThat(pasted.meta().title()).isEqualTo("Putin meets Leningrad Region governor");
        assertThat(pasted.meta().language()).isEqualTo("en");
    }

    @Test
    void aPastedYamlHeaderIsMetadata() {
        NewDocument d = PastedText.document("---\ntitle: Remarks\nsource_url: https://www.whitehouse.gov/x/\ndate: 2024-06-14\n---\n"
                + "THE PRESIDENT: Thank you all.\n");
        assertThat(d.text()).isEqualTo("THE PRESIDENT: Thank you all.\n");
        assertThat(d.meta().title()).isEqualTo("Remarks");
        assertThat(d.meta().source()).isEqualTo("The White House");
        assertThat(d.meta().published().iso()).isEqualTo("2024-06-14");
    }
}
