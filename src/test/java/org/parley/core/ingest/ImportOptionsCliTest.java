package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.model.Document;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;

/** The import options a user gives on the command line: own separator, named columns, bad values. */
class ImportOptionsCliTest {
    @TempDir
    Path dir;

    private Path corpus() throws Exception {
        return ImportFolderTest.newCorpus(dir);
    }

    @Test
    void ownSeparatorSplitsAnExport() throws Exception {
        Path corpus = corpus();
        Path f = dir.resolve("export.txt");
        Files.writeString(f, "First article about the treaty talks\n\nText one.\n=====\nSecond article on the summit\n\nText two.\n");
        var run = ImportFolderTest.cli("import", f.toString(), "--separator", "=+", "--json", "--corpus", corpus.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.summary().get("imported")).hasSize(2);
        assertThat(run.summary().get("imported").get(1).get("file").asText()).endsWith("export.txt#2");
        try (Corpus c = Corpus.open(corpus)) {
            Document second = new DocumentStore(c).get("2");
            assertThat(second.text()).isEqualTo("Second article on the summit\n\nText two.");
            assertThat(second.title()).isEqualTo("Second article on the summit");
        }
    }

    @Test
    void namedColumnsAreUsedAndAMissingOneIsReported() throws Exception {
        Path corpus = corpus();
        Path f = dir.resolve("scraped.tsv");
        Files.writeString(f, "kopf\tinhalt\tquelle\nGespräche gehen weiter\tDer Minister sagte, die Gespräche gehen weiter.\tdpa\n");
        var bad = ImportFolderTest.cli("import", f.toString(), "--text-column", "body", "--json", "--corpus", corpus.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.summary().get("failed").get(0).get("reason").asText()).contains("no column 'body'").contains("inhalt");
        var ok = ImportFolderTest.cli("import", f.toString(), "--text-column", "inhalt", "--title-column", "kopf",
                "--source-column", "quelle", "--json", "--corpus", corpus.toString());
        assertThat(ok.exit()).as(ok.err()).isZero();
        try (Corpus c = Corpus.open(corpus)) {
            Document d = new DocumentStore(c).get("1");
            assertThat(d.text()).isEqualTo("Der Minister sagte, die Gespräche gehen weiter.");
            assertThat(d.title()).isEqualTo("Gespräche gehen weiter");
            assertThat(d.meta().source()).isEqualTo("dpa");
            assertThat(d.meta().language()).isEqualTo("de");
        }
    }

    @Test
    void aBrokenSeparatorIsBadInput() throws Exception {
        Path corpus = corpus();
        var run = ImportFolderTest.cli("import", dir.toString(), "--separator", "([", "--corpus", corpus.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--separator is not a valid regular expression");
    }

    @Test
    void wholePageImportsAPagesEveryVisibleText() throws Exception {
        Path corpus = corpus();
        Path f = dir.resolve("remarks.html");
        Files.write(f, HtmlPagesTest.resource("pages/whitehouse-remarks.html"));
        var run = ImportFolderTest.cli("import", f.toString(), "--whole-page", "--json", "--corpus", corpus.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (Corpus c = Corpus.open(corpus)) {
            assertThat(new DocumentStore(c).get("1").text()).contains("THE PRESIDENT: Thank you", "Sign up for updates");
        }
    }
}
