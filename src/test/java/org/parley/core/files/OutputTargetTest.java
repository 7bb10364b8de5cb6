package org.parley.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;

class OutputTargetTest {
    @TempDir
    Path dir;

    @Test
    void refusesTheOpenCorpusAndItsLogFiles() {
        Path c = dir.resolve("c.parley");
        try (Corpus corpus = Corpus.create(c)) {
            assertThatThrownBy(() -> OutputTarget.check(c, OutputTarget.Shape.FILE, c))
                    .isInstanceOf(OutputRefusedException.class).hasMessageContaining("open corpus");
            assertThatThrownBy(() -> OutputTarget.check(dir.resolve("c.parley-wal"), OutputTarget.Shape.FILE, c))
                    .hasMessageContaining("open corpus");
            assertThatThrownBy(() -> OutputTarget.check(dir.resolve("c.parley-shm"), OutputTarget.Shape.FILE, c))
                    .hasMessageContaining("open corpus");
        }
    }

    @Test
    void refusesAnyOtherSqliteFileWhateverItsName() throws Exception {
        Path other = dir.resolve("notes.db");
        Corpus.create(other).close();
        assertThatThrownBy(() -> OutputTarget.check(other, OutputTarget.Shape.FILE, null))
                .hasMessageContaining("SQLite database");
        Path renamed = dir.resolve("claims.csv");
        Files.copy(other, renamed);
        assertThatThrownBy(() -> OutputTarget.check(renamed, OutputTarget.Shape.FILE, dir.resolve("c.parley")))
                .hasMessageContaining("SQLite database");
    }

    @Test
    void refusesAnExistingParleyFileEvenWhenEmpty() throws Exception {
        Path empty = Files.createFile(dir.resolve("new.parley"));
        assertThatThrownBy(() -> OutputTarget.check(empty, OutputTarget.Shape.FILE, null))
                .hasMessageContaining("Parley corpus file");
    }

    @Test
    void refusesAPipe() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(p.waitFor()).isZero();
        assertThatThrownBy(() -> OutputTarget.check(fifo, OutputTarget.Shape.FILE, null))
                .hasMessageContaining("not a regular file");
    }

    @Test
    void followsALinkToTheFileItNamesAndRefusesALinkToACorpus() throws Exception {
        Path real = Files.writeString(dir.resolve("real.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("real.csv"));
        assertThat(OutputTarget.check(link, OutputTarget.Shape.FILE, null)).isEqualTo(real.toAbsolutePath());
        Path c = dir.resolve("c.parley");
        Corpus.create(c).close();
        Path toCorpus = Files.createSymbolicLink(dir.resolve("out.csv"), c);
        assertThatThrownBy(() -> OutputTarget.check(toCorpus, OutputTarget.Shape.FILE, c)).hasMessageContaining("open corpus");
    }

    @Test
    void landingReplacesOnlyARegularFile() throws Exception {
        Path staged = Files.writeString(dir.resolve(".staged"), "new");
        Path target = Files.writeString(dir.resolve("out.csv"), "old");
        OutputTarget.land(staged, target, null);
        assertThat(Files.readString(target)).isEqualTo("new");
        Path staged2 = Files.writeString(dir.resolve(".staged2"), "new");
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThatThrownBy(() -> OutputTarget.land(staged2, fifo, null)).hasMessageContaining("not a regular file");
        assertThat(Files.exists(staged2)).isTrue();
    }

    @Test
    void anEntryIsReplacedOnlyWhenItIsARegularFileAndAFolderOnlyWhenItHoldsNothingElse() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("train"));
        assertThatThrownBy(() -> OutputTarget.checkReplaceable(folder, null)).hasMessageContaining("is a folder");
        Files.writeString(folder.resolve("doc-1.ann"), "old");
        Files.createDirectories(folder.resolve("deeper"));
        OutputTarget.checkReplaceableFolder(folder, null);
        Path link = Files.createSymbolicLink(folder.resolve("deeper").resolve("elsewhere"), dir);
        assertThatThrownBy(() -> OutputTarget.checkReplaceableFolder(folder, null))
                .isInstanceOf(OutputRefusedException.class).hasMessageContaining("holds what Parley did not write").hasMessageContaining(link.toString());
        Files.delete(link);
        Corpus.create(folder.resolve("kept.parley")).close();
        assertThatThrownBy(() -> OutputTarget.checkReplaceableFolder(folder, null)).hasMessageContaining("Parley corpus file");
    }

    @Test
    void aLinkTheCheckFollowsIsCheckedForWhatItNames() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("sub"));
        Files.createSymbolicLink(sub.resolve("hop"), Path.of("..", "end.csv")); // relative to its own folder
        Path first = Files.createSymbolicLink(dir.resolve("first.csv"), Path.of("sub", "hop"));
        assertThat(OutputTarget.check(first, OutputTarget.Shape.FILE, null)).isEqualTo(dir.resolve("end.csv").toAbsolutePath());
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), Path.of("loop"));
        assertThatThrownBy(() -> OutputTarget.check(loop, OutputTarget.Shape.FILE, null)).hasMessageContaining("too many levels");
    }

    @Test
    void saysWhenTheFolderIsMissing() {
        assertThatThrownBy(() -> OutputTarget.check(dir.resolve("no/such/out.csv"), OutputTarget.Shape.FILE, null))
                .hasMessageContaining("there is no folder");
    }
}
