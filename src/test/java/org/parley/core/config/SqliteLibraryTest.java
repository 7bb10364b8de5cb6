package org.parley.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;

class SqliteLibraryTest {
    @Test
    void theFileNameCarriesVersionAndPlatformButNotTheDriversPrefix() {
        String name = SqliteLibrary.fileName("3.54.1.0", "libsqlitejdbc.so", "/org/sqlite/native/Linux/x86_64");
        assertThat(name).isEqualTo("parley-sqlitejdbc-3.54.1.0-Linux-x86_64.so");
        assertThat(name).doesNotStartWith("sqlite-");
    }

    /** A process killed while it works (here: during a long import) left its extracted library behind. */
    @Test
    void aKilledStartLeavesNothingInTheTemporaryFolderAndTheLibraryIsExtractedOnce(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path texts = Files.createDirectories(dir.resolve("texts"));
        for (int i = 0; i < 3000; i++) {
            Files.writeString(texts.resolve("t" + i + ".txt"), "Moscow, 1 November. Text number " + i + " of the folder.");
        }
        for (int run = 0; run < 2; run++) {
            Path corpus = dir.resolve("c" + run + ".parley");
            org.parley.core.store.Corpus.create(corpus).close();
            Process p = ChildJvm.builder(dir, Map.of(), List.of("-Djava.io.tmpdir=" + tmp),
                    "import", "--corpus", corpus.toString(), texts.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Path wal = corpus.resolveSibling(corpus.getFileName() + "-wal");
            long until = System.nanoTime() + 60_000_000_000L;
            while (p.isAlive() && !Files.exists(wal) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
            p.destroyForcibly().waitFor();
            try (Stream<Path> left = Files.list(tmp)) {
                assertThat(left).isEmpty();
            }
        }
        try (Stream<Path> cached = Files.list(dir.resolve("cache/parley/native"))) {
            assertThat(cached).singleElement().satisfies(p ->
                    assertThat(p.getFileName().toString()).startsWith("parley-sqlitejdbc-" + SQLiteJDBCLoader.getVersion()));
        }
    }

    /**
     * Leftovers of killed processes in the temporary folder (the driver's own names, no lock file) made starts
     * at once race to delete them and print "SEVERE: Failed to delete old native lib".
     */
    @Test
    void startsAtOnceReportNothing(@TempDir Path dir) throws Exception {
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        for (int i = 0; i < 20_000; i++) {
            Files.createFile(tmp.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + UUID.randomUUID() + "-libsqlitejdbc.so"));
        }
        List<Process> children = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            children.add(ChildJvm.builder(dir, Map.of(), List.of("-Djava.io.tmpdir=" + tmp),
                    "init", "--corpus", dir.resolve("c" + i + ".parley").toString()).start());
        }
        for (Process p : children) {
            ChildJvm.Result r = ChildJvm.finish(p);
            assertThat(r.output()).doesNotContain("SEVERE").doesNotContain("Failed to delete");
            assertThat(r.exit()).as("first starts at once, each finding or writing the library: " + r.output()).isZero();
        }
    }

    @Test
    void aLibraryInPlaceIsKeptAPartialOneReplacedAndLeftoversRemoved(@TempDir Path dir) throws Exception {
        String resource = org.sqlite.util.LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                + org.sqlite.util.LibraryLoaderUtil.getNativeLibName();
        Path lib = dir.resolve("native/parley-sqlitejdbc-9.9-X.so");
        Files.createDirectories(lib.getParent());
        Path older = Files.write(lib.resolveSibling("parley-sqlitejdbc-1.0-X.so"), new byte[10]);
        Path stalePart = Files.write(lib.resolveSibling(lib.getFileName() + "123.part"), new byte[10]);
        Files.setLastModifiedTime(stalePart, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(7200)));
        Path freshPart = Files.write(lib.resolveSibling(lib.getFileName() + "456.part"), new byte[10]);
        SqliteLibrary.extract(resource, lib);
        assertThat(older).as("an older version's library").doesNotExist();
        assertThat(stalePart).as("a part an interrupted start left").doesNotExist();
        assertThat(freshPart).as("a part another start may be writing").exists();
        Files.delete(freshPart);
        long size = Files.size(lib);
        assertThat(size).isGreaterThan(100_000);
        Files.write(lib, new byte[10]);
        SqliteLibrary.extract(resource, lib);
        assertThat(Files.size(lib)).isEqualTo(size);
        try (Stream<Path> files = Files.list(lib.getParent())) {
            assertThat(files).containsExactly(lib);
        }
    }
}
