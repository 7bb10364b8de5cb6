package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.store.SearchIndex;

/**
 * A bulk import (files read ahead on a second thread, many files per commit, each in its own savepoint):
 * files come back in folder order, bad files are reported where they stand, and the import is all on disk.
 */
class BatchImportTest {
    static final int FILES = 150;

    @TempDir
    Path dir;

    /** 150 articles in two folders, with an empty file, a binary file and a duplicate among them. */
    private Path folder() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(folder.resolve("b-later"));
        for (int i = 0; i < FILES; i++) {
            Path f = folder.resolve(i < 100 ? "a-" + String.format("%03d", i) + ".txt" : "b-later/" + i + ".txt");
            String text = switch (i) {
                case 7 -> "";
                case 40 -> "\0\1\2binary";
                case 90 -> article(3);
                default -> article(i);
            };
            Files.writeString(f, text, StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve(".hidden.txt"), article(999), StandardCharsets.UTF_8);
        return folder;
    }

    private static String article(int i) {
        return "Headline number " + i + "\n\nMOSCOW, November " + (1 + i % 28) + ". /TASS/. The minister said talk " + i
                + " on strategic stability went well; the word zugzwang was used.\n";
    }

    @Test
    void storesEveryFileInFolderOrderAndReportsBadOnesWhereTheyStand() throws Exception {
        Path folder = folder();
        List<String> progress = new ArrayList<>();
        try (Corpus corpus = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = new BatchImport(corpus, "tester").run(List.of(folder),
                    (done, total, file) -> progress.add(done + "/" + total + " " + Path.of(file).getFileName()), new AtomicBoolean());

            assertThat(progress).hasSize(FILES);
            assertThat(progress.get(0)).isEqualTo("1/150 a-000.txt");
            assertThat(progress.get(FILES - 1)).isEqualTo("150/150 149.txt");
            assertThat(s.failed()).extracting(f -> Path.of(f.file()).getFileName().toString()).containsExactly("a-007.txt", "a-040.txt");
            assertThat(s.failed().get(0).reason()).isEqualTo("the file is empty");
            assertThat(s.duplicates()).singleElement().satisfies(d -> {
                assertThat(d.file()).endsWith("a-090.txt");
                assertThat(d.of()).isEqualTo(s.imported().get(3).id());
            });
            assertThat(s.imported()).hasSize(FILES - 3);
            // ids follow the folder's order: b-later/ after every a-*.txt, numbers as the sorted names go
            for (int k = 1; k < s.imported().size(); k++) {
                assertThat(s.imported().get(k).id()).isGreaterThan(s.imported().get(k - 1).id());
            }
            assertThat(s.imported().get(s.imported().size() - 1).file()).endsWith("149.txt");
            assertThat(s.imported().get(0).title()).isEqualTo("Headline number 0");
            assertThat(new DocumentStore(corpus).get(String.valueOf(s.imported().get(5).id())).meta().place()).isEqualTo("Moscow");
            assertThat(new SearchIndex(corpus).search("zugzwang", 500)).hasSize(FILES - 3);
            assertThat(new DocumentStore(corpus).count()).isEqualTo(FILES - 3);
            // the write-ahead log has been written into the corpus file: nothing of the import waits in it
            // (a copy of the corpus file alone, without its -wal, already holds every document)
            Path alone = Files.copy(dir.resolve("c.parley"), dir.resolve("copy.parley"));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + alone);
                 ResultSet rs = other.createStatement().executeQuery("SELECT count(*) FROM document")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(FILES - 3);
            }
        }
    }

    @Test
    void aFileThatFailsWhileBeingStoredIsRolledBackAloneInTheMiddleOfAChunk() throws Exception {
        Path folder = folder();
        // two records; the second's claim names a dimension the corpus lacks, which only storing finds out
        Files.writeString(folder.resolve("a-050-dataset.jsonl"), """
                {"text": "First record zugzwang text", "claims": []}
                {"text": "Second record text", "claims": [{"start": 0, "end": 6, "quote": "Second", "codes": {"no such dimension": ["x"]}}]}
                """, StandardCharsets.UTF_8);
        try (Corpus corpus = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = new BatchImport(corpus, "tester").run(List.of(folder), ImportProgress.NONE, new AtomicBoolean());

            assertThat(s.failed()).extracting(f -> Path.of(f.file()).getFileName().toString())
                    .containsExactly("a-007.txt", "a-040.txt", "a-050-dataset.jsonl");
            assertThat(s.failed().get(2).reason()).isEqualTo("unknown dimension 'no such dimension' (valid: )");
            assertThat(s.imported()).hasSize(FILES - 3).noneMatch(i -> i.file().contains("dataset"));
            assertThat(new DocumentStore(corpus).count()).isEqualTo(FILES - 3);
            assertThat(new SearchIndex(corpus).search("\"First record\"", 10)).as("the first record went with its file").isEmpty();
            assertThat(s.imported()).anyMatch(i -> i.file().endsWith("a-051.txt"));
        }
    }

    @Test
    void aSingleDocumentFileWhoseRowIsRefusedFailsAloneAndLeavesNoTrace() throws Exception {
        Path folder = folder();
        // stands for any constraint refusing the document's own row
        Path file = corpusRefusing(folder, "ABORT", "refused for the test");
        try (Corpus corpus = Corpus.open(file)) {
            ImportSummary s = new BatchImport(corpus, "tester", Importers.all(), 25).run(List.of(folder), ImportProgress.NONE,
                    new AtomicBoolean());

            assertThat(s.failed()).extracting(f -> Path.of(f.file()).getFileName().toString())
                    .containsExactly("a-007.txt", "a-040.txt", "a-060.txt");
            assertThat(s.failed().get(2).reason()).contains("refused for the test");
            assertThat(s.imported()).hasSize(FILES - 4).anyMatch(i -> i.file().endsWith("a-061.txt"));
            assertThat(new DocumentStore(corpus).count()).isEqualTo(FILES - 4);
            assertThat(new SearchIndex(corpus).search("zugzwang", 500)).hasSize(FILES - 4);
        }
        assertAuditedAndIndexedOnce(file, FILES - 4);
    }

    @Test
    void aRefusalThatRollsBackTheWholeTransactionEndsTheImportWithNothingStoredOutsideAChunk() throws Exception {
        Path folder = folder();
        Path file = corpusRefusing(folder, "ROLLBACK", "rolled back for the test");
        try (Corpus corpus = Corpus.open(file)) {
            // chunks of 25 files: a-060.txt is the 61st file, in the third chunk (files 51-75)
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new BatchImport(corpus, "tester", Importers.all(), 25)
                    .run(List.of(folder), ImportProgress.NONE, new AtomicBoolean())).hasMessageContaining("rolled back for the test");
            int stored = new DocumentStore(corpus).count();
            assertThat(stored).as("the two chunks committed before it, less the empty, binary and duplicate files among them")
                    .isEqualTo(50 - 2);
            assertThat(new SearchIndex(corpus).search("zugzwang", 500)).hasSize(stored);
        }
        assertAuditedAndIndexedOnce(file, 50 - 2);
    }

    /** A new corpus whose document table refuses a-060.txt's row with the trigger action given; the folder holds that file. */
    private Path corpusRefusing(Path folder, String action, String message) throws Exception {
        Files.writeString(folder.resolve("a-060.txt"), "Refuse me please\n\nThe text of a file the corpus will not take; zugzwang.\n",
                StandardCharsets.UTF_8);
        Path file = dir.resolve("c.parley");
        Corpus.create(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement()) {
            st.execute("CREATE TRIGGER refuse BEFORE INSERT ON document WHEN NEW.title = 'Refuse me please' "
                    + "BEGIN SELECT RAISE(" + action + ", '" + message + "'); END");
        }
        return file;
    }

    /** One audit row per stored document, and FTS5's own check that each is indexed exactly once. */
    private static void assertAuditedAndIndexedOnce(Path file, int documents) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); java.sql.Statement st = c.createStatement()) {
            assertThat(st.executeQuery("SELECT count(*) FROM audit WHERE action = 'import'").getInt(1)).isEqualTo(documents);
            st.execute("INSERT INTO document_fts (document_fts, rank) VALUES ('integrity-check', 1)");
        }
    }

    @Test
    void cancellingKeepsWhatWasStoredAndNothingElse() throws Exception {
        Path folder = folder();
        AtomicBoolean cancel = new AtomicBoolean();
        List<Integer> done = new ArrayList<>();
        try (Corpus corpus = Corpus.create(dir.resolve("c.parley"))) {
            // commits of 10 files: cancelled while the first commit's files are reported, so it ends after them
            ImportSummary s = new BatchImport(corpus, "tester", Importers.all(), 10).run(List.of(folder), (n, total, file) -> {
                done.add(n);
                cancel.set(true);
            }, cancel);

            assertThat(s.cancelled()).isTrue();
            assertThat(done).hasSize(10);
            assertThat(s.failed()).extracting(f -> Path.of(f.file()).getFileName().toString()).containsExactly("a-007.txt");
            assertThat(new DocumentStore(corpus).count()).isEqualTo(s.imported().size());
            assertThat(s.imported().size() + s.duplicates().size() + s.failed().size()).isEqualTo(done.size());
            assertThat(new SearchIndex(corpus).search("zugzwang", 500)).hasSize(s.imported().size());
        }
    }

    @Test
    void aSecondBatchIsIndexedChunkByChunkWithoutIndexingTheCorpusTwice() throws Exception {
        Path folder = folder();
        Path more = Files.createDirectories(dir.resolve("more"));
        for (int i = 0; i < FILES; i++) {
            Files.writeString(more.resolve("m-" + String.format("%03d", i) + ".txt"), "Second batch headline " + i
                    + "\n\nGENEVA, May 3 (AFP) - Delegates spoke of a moratorium, item " + i + ".\n", StandardCharsets.UTF_8);
        }
        try (Corpus corpus = Corpus.create(dir.resolve("c.parley"))) {
            new BatchImport(corpus, "tester", Importers.all(), 25).run(List.of(folder), ImportProgress.NONE, new AtomicBoolean());
            ImportSummary second = new BatchImport(corpus, "tester", Importers.all(), 25).run(List.of(more), ImportProgress.NONE,
                    new AtomicBoolean());

            assertThat(second.imported()).hasSize(FILES);
            SearchIndex index = new SearchIndex(corpus);
            assertThat(index.search("zugzwang", 500)).as("the first batch, found once each").hasSize(FILES - 3);
            assertThat(index.search("moratorium", 500)).as("every chunk of the second batch").hasSize(FILES);
            assertThat(index.search("\"item 149\"", 5)).extracting(SearchIndex.Hit::title).containsExactly("Second batch headline 149");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("c.parley"));
             java.sql.Statement st = c.createStatement()) {
            // FTS5 compares its index with the document table and fails on any row indexed twice or not at all
            st.execute("INSERT INTO document_fts (document_fts, rank) VALUES ('integrity-check', 1)");
            ResultSet buffer = st.executeQuery("SELECT v FROM document_fts_config WHERE k = 'hashsize'");
            assertThat(buffer.getInt(1)).as("FTS5's buffer for new terms, set by bulk mode").isEqualTo(16 * 1024 * 1024);
        }
    }
}
