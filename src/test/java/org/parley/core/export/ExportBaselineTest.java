package org.parley.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;

/** The bench compares like with like: the bare baseline writes exactly the bytes the jsonl export writes. */
class ExportBaselineTest {
    @TempDir
    Path dir;

    @Test
    void baselineAndJsonlExportWriteTheSameFile() throws Exception {
        Path parley = dir.resolve("parley.jsonl");
        Path base = dir.resolve("base.jsonl");
        try (Corpus corpus = ExportFixture.create(dir)) {
            new JsonlExporter().write(new ExportSource(corpus, Selection.all()), parley);
            ExportBaseline.write(corpus.file(), base);
        }
        assertThat(Files.readString(base)).isEqualTo(Files.readString(parley)).contains("“We are not concealing anything,”");
    }
}
