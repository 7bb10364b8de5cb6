package org.parley.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.CorpusDump;
import org.parley.core.codebook.CodebookFile;
import org.parley.core.codebook.CodebookPresets;
import org.parley.core.store.Corpus;

/** A single output file lands whole or not at all, and the codebook export is one such file. */
class StagedFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheOldFileAndNothingElse() throws Exception {
        Path target = Files.writeString(dir.resolve("book.json"), "old");
        assertThatThrownBy(() -> StagedFile.write(target, null, staged -> {
            Files.writeString(staged, "{\"half\":");
            throw new IOException("No space left on device");
        })).hasMessage("No space left on device");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(names()).containsExactly("book.json");
        StagedFile.write(target, null, staged -> Files.writeString(staged, "new"));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(names()).containsExactly("book.json");
    }

    @Test
    void theCodebookIsNeverWrittenOverACorpusAndGoesThroughALink() throws Exception {
        Path c = dir.resolve("c.parley");
        try (Corpus corpus = Corpus.create(c)) {
            String before = CorpusDump.content(c);
            var book = CodebookPresets.preset(CodebookPresets.DEFAULT);
            assertThatThrownBy(() -> CodebookFile.write(book, c, corpus.file()))
                    .isInstanceOf(OutputRefusedException.class).hasMessage(c + " is the open corpus: Parley never writes over it; choose another name");
            assertThatThrownBy(() -> CodebookFile.write(book, dir, corpus.file()))
                    .hasMessage(dir + " is a folder: the codebook writes one file; type a file name after it");
            Path real = Files.writeString(dir.resolve("real.json"), "old");
            Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
            CodebookFile.write(book, link, corpus.file());
            assertThat(Files.isSymbolicLink(link)).isTrue();
            assertThat(CodebookFile.read(real).name()).isEqualTo(book.name());
            assertThat(CorpusDump.content(c)).isEqualTo(before);
        }
        assertThat(names()).containsExactly("c.parley", "link.json", "real.json");
    }
}
