package org.parley.core.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.files.OutputRefusedException;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentListing;

class BackupTest {
    @TempDir
    Path dir;

    /**
     * Another Parley has written claims that are still only in the log (as during an import): a copy of the file
     * misses them, the backup has them all and is whole.
     */
    @Test
    void aBackupWhileAnotherParleyWritesHasEverythingItCommitted() throws Exception {
        Path corpus = Corpora.withDocuments(dir, 2);
        Process writer = Corpora.holding(dir, corpus, "write", "30");
        try {
            Path copy = Files.copy(corpus, dir.resolve("copied.parley"));
            Backup.Result r;
            try (Corpus c = Corpus.open(corpus)) {
                r = Backup.take(c, dir.resolve("backup.parley"));
            }
            try (Corpus backup = Corpus.open(r.file()); Corpus copied = Corpus.open(copy)) {
                assertThat(new DocumentListing(backup).count("", false)).isEqualTo(32);
                assertThat(new DocumentListing(copied).count("", false)).isEqualTo(2);
            }
            assertThat(r.bytes()).isEqualTo(Files.size(r.file()));
        } finally {
            writer.getOutputStream().close();
            writer.waitFor();
        }
    }

    @Test
    void theTargetIsCheckedBeforeAnythingIsWritten() throws Exception {
        Path corpus = Corpora.withDocuments(dir, 1);
        try (Corpus c = Corpus.open(corpus)) {
            assertThatThrownBy(() -> Backup.take(c, corpus)).isInstanceOf(OutputRefusedException.class);
            assertThatThrownBy(() -> Backup.take(c, dir.resolve("no/such/folder/b.parley"))).isInstanceOf(OutputRefusedException.class);
        }
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("test.parley");
        }
    }
}
