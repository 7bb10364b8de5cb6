package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;

/** Files whose name does not say their format: a dataset, article JSONL and CSV saved as .txt or with no extension. */
class FormatByContentTest {
    @TempDir
    Path dir;

    private ImportSummary importAll(Path... files) throws Exception {
        Path corpus = ImportFolderTest.newCorpus(dir);
        try (Corpus c = Corpus.open(corpus)) {
            return new BatchImport(c, "tester").run(List.of(files), (done, total, name) -> { }, null);
        }
    }

    @Test
    void datasetArticleJsonlAndCsvAreKnownByTheirContent() throws Exception {
        Path dataset = Files.writeString(dir.resolve("dataset-export"),
                "{\"uuid\":\"7b0c7c1e-2f35-4d5e-9a51-0a3a3f1f0b01\",\"title\":\"Kept\",\"text\":\"A dataset text.\",\"claims\":[]}\n");
        Path jsonl = Files.writeString(dir.resolve("articles.json.txt"),
                "{\"title\":\"Talks\",\"url\":\"https://tass.com/politics/1\",\"text\":\"The minister met his counterpart.\"}\n"
                        + "{\"title\":\"More talks\",\"text\":\"They will meet again.\"}\n");
        Path csv = Files.writeString(dir.resolve("wire-articles.txt"),
                "headline;body;date\nTalks resume;The delegations met in Geneva.;2024-12-26 21:09:18\n");
        Path prose = Files.writeString(dir.resolve("prose.txt"), "In Moscow, the minister said, talks went on.\nMore text.\n");
        ImportSummary s = importAll(dataset, jsonl, csv, prose);
        assertThat(s.failed()).isEmpty();
        assertThat(s.imported()).extracting(ImportSummary.Imported::title)
                .containsExactlyInAnyOrder("Kept", "Talks", "More talks", "Talks resume", "In Moscow, the minister said, talks went on.");
    }

    @Test
    void aBrokenDatasetIsAFailedEntryWithItsReasonNotPlainText() throws Exception {
        Path broken = Files.writeString(dir.resolve("dataset.jsonl"),
                "{\"uuid\":\"7b0c7c1e-2f35-4d5e-9a51-0a3a3f1f0b02\",\"text\":\"A text.\",\"claims\":[{\"start\":0,\n");
        Path noExtension = Files.writeString(dir.resolve("dataset-copy"),
                "{\"text\":\"A text.\",\"claims\":[{\"start\":0,\"end\":99}]}\n");
        ImportSummary s = importAll(broken, noExtension);
        assertThat(s.imported()).isEmpty();
        assertThat(s.failed()).extracting(ImportSummary.Failed::reason)
                .anySatisfy(r -> assertThat(r).startsWith("line 1: not JSON"))
                .anySatisfy(r -> assertThat(r).contains("lies beyond the text"));
    }
}
