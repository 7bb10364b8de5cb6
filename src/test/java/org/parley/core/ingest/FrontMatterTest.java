package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parley.core.store.NewDocument;

/** Markdown saved from a site with a YAML header, with the escapes such headers really hold. */
class FrontMatterTest {
    private static NewDocument read(String name, byte[] bytes) throws Exception {
        return new PlainTextImporter().read(new SourceFile(Path.of(name), bytes)).get(0);
    }

    @Test
    void theHeaderIsMetadataAndTheBodyIsTheText() throws Exception {
        NewDocument d = read("whitehouse-remarks.md", HtmlPagesTest.resource("texts/whitehouse-remarks.md"));
        assertThat(d.meta().title()).isEqualTo("Remarks by President\u00a0Biden on the Economy");
        assertThat(d.meta().published().iso()).isEqualTo("2024-06-14");
        assertThat(d.meta().url()).isEqualTo("https://www.whitehouse.gov/briefing-room/speeches-remarks/2024/06/14/"
                + "remarks-by-president-biden-on-the-economy/");
        assertThat(d.meta().author()).isEqualTo("The White House");
        assertThat(d.meta().extra()).containsEntry("tags", "economy, jobs")
                .containsEntry("modified_time", "2024-06-15 09:02:11-04:00")
                .containsEntry("categories", "[\"Speeches and Remarks\"]")
                .containsEntry("seo", "{\"robots\":\"index\",\"canonical\":\"https://www.whitehouse.gov/?p=12345\"}")
                .containsEntry("description", "The President\u00a0spoke about the economy. He said \u201cwe\u2019re not done\u201d.");
        assertThat(d.text()).startsWith("# Remarks by President Biden on the Economy\n\nEast Room")
                .contains("**15 million jobs**", "[wages are up](https://www.bls.gov/)")
                .doesNotContain("modified_time", "source_url", "---");
    }

    @Test
    void aDashLineThatOpensNoYamlMappingIsText() throws Exception {
        String text = "---\nJust a rule line, then text\n---\nMore text.\n";
        NewDocument d = read("rule.txt", text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.meta().title()).isEqualTo("Just a rule line, then text");
    }
}
