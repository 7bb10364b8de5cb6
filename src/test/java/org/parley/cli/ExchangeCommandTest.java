package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.export.exchange.HardTextCorpus;

/** `parley exchange`, the older name of `parley export`, writes each format with the export selection options; `parley import` reads a .qdpx back. */
class ExchangeCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesEachFormatAndReadsTheProjectBackThroughImport() throws Exception {
        HardTextCorpus.create(dir).close();
        String corpus = dir.resolve("hard.parley").toString();
        for (String f : new String[] {"qdpx", "qdc", "graphml", "edges-csv"}) {
            CliRun r = CliRun.of("exchange", "--format", f, "--out", dir.resolve("out." + f).toString(), "--corpus", corpus);
            assertThat(r.exit()).as(f + ": " + r.err()).isZero();
            assertThat(dir.resolve("out." + f)).isNotEmptyFile();
        }
        CliRun wa = CliRun.of("exchange", "--format", "web-annotation", "--out", dir.resolve("wa").toString(),
                "--doc", "2", "--coder", "Ana", "--corpus", corpus, "--json");
        assertThat(wa.exit()).as(wa.err()).isZero();
        assertThat(wa.out()).contains("\"documents\" : 1");
        try (var files = Files.list(dir.resolve("wa"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".jsonld"))).hasSize(2); // one claim and the index
        }
        CliRun review = CliRun.of("exchange", "--format", "claimreview", "--out", dir.resolve("r.json").toString(),
                "--corpus", corpus, "--review-author", "Checkers", "--review-url", "https://example.org/checks");
        assertThat(review.exit()).as(review.err()).isZero();

        CliRun init = CliRun.of("init", "--corpus", dir.resolve("fresh.parley").toString());
        assertThat(init.exit()).as(init.err()).isZero();
        CliRun imp = CliRun.of("import", dir.resolve("out.qdpx").toString(), "--corpus", dir.resolve("fresh.parley").toString());
        assertThat(imp.exit()).as(imp.err() + imp.out()).isZero();
        assertThat(imp.out()).contains("2 imported");
    }

    @Test
    void exportTakesTheInterchangeFormatsToo() throws Exception {
        HardTextCorpus.create(dir).close();
        String corpus = dir.resolve("hard.parley").toString();
        CliRun qdpx = CliRun.of("export", "--format", "qdpx", "--out", dir.resolve("p.qdpx").toString(), "--corpus", corpus);
        assertThat(qdpx.exit()).as(qdpx.err()).isZero();
        assertThat(qdpx.out()).contains("from 2 documents as qdpx");
        assertThat(dir.resolve("p.qdpx")).isNotEmptyFile();
        CliRun split = CliRun.of("export", "--format", "graphml", "--split", "80/10/10", "--out", dir.resolve("g").toString(), "--corpus", corpus);
        assertThat(split.exit()).isEqualTo(2);
        assertThat(split.err()).contains("--split is for datasets");
        CliRun unknown = CliRun.of("export", "--format", "nvivo", "--out", dir.resolve("x").toString(), "--corpus", corpus);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'nvivo'").contains("csv").contains("qdpx").doesNotContain("\n ");
    }

    @Test
    void badRequestsExitTwoWithOneLine() throws Exception {
        HardTextCorpus.create(dir).close();
        String corpus = dir.resolve("hard.parley").toString();
        CliRun unknown = CliRun.of("exchange", "--format", "nvivo", "--out", dir.resolve("x").toString(), "--corpus", corpus);
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown format 'nvivo'").contains("qdpx");
        CliRun noReviewer = CliRun.of("exchange", "--format", "claimreview", "--out", dir.resolve("r.json").toString(),
                "--corpus", corpus);
        assertThat(noReviewer.exit()).isEqualTo(2);
        assertThat(noReviewer.err()).contains("--review-author");
        assertThat(dir.resolve("r.json")).doesNotExist();
    }
}
