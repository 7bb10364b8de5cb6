package org.parley.core.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import java.util.List;
import org.parley.core.store.NewDocument;

/**
 * Any bytes given to an importer give documents or an {@link ImportException} with a one-line message:
 * never another exception, never a hang. In {@code mvn verify} each test runs over its committed seeds
 * ({@code ImporterFuzzTestInputs/<method>/}); {@code mvn -Pfuzz test -Dfuzz.test=ImporterFuzzTest#rtf}
 * fuzzes one of them for {@link #FUZZ_TIME}. Each crash found is kept as a seed there.
 */
class ImporterFuzzTest {
    /** How long {@code -Pfuzz} fuzzes one importer. */
    static final String FUZZ_TIME = "3m";

    /**
     * Reads the bytes as Parley would a file of that name: the first of the importers that accepts it reads
     * it (a Parley dataset through its entries, as BatchImport does).
     */
    static void importAs(String name, byte[] data) {
        SourceFile file = new SourceFile(Path.of(name), data);
        try {
            for (Importer importer : Importers.all()) {
                if (importer.accepts(file)) {
                    List<NewDocument> docs = importer instanceof DatasetImporter d
                            ? d.entries(file).stream().map(DatasetImporter.Entry::document).toList() : importer.read(file);
                    if (docs.isEmpty() || docs.stream().anyMatch(doc -> doc.text().isBlank())) {
                        throw new AssertionError(importer.getClass().getSimpleName() + " gave no text without saying why");
                    }
                    return;
                }
            }
        } catch (ImportException e) {
            String m = e.getMessage();
            if (m == null || m.isBlank() || m.contains("\n")) {
                throw new AssertionError("an import failure needs a one-line message, not: " + m, e);
            }
        }
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void plainText(byte[] data) {
        importAs("article.txt", data);
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void html(byte[] data) {
        importAs("page.html", data);
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void pdf(byte[] data) {
        importAs("statement.pdf", data);
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void docx(byte[] data) {
        importAs("briefing.docx", data);
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void rtf(byte[] data) {
        importAs("note.rtf", data);
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void csv(byte[] data) {
        importAs("articles.csv", data);
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void jsonl(byte[] data) {
        importAs("articles.jsonl", data);
    }

    @FuzzTest(maxDuration = FUZZ_TIME)
    void oldOffice(byte[] data) {
        importAs("statement.doc", data);
    }
}
