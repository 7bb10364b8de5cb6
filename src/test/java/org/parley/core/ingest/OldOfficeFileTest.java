package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word 97–2003 file (OLE2) gets the documented "save it as .docx", whatever its name. */
class OldOfficeFileTest {
    @TempDir
    Path dir;

    @Test
    void aWord97DocumentIsToldToBeSavedAsDocxWhateverItsName() throws Exception {
        Path corpus = ImportFolderTest.newCorpus(dir);
        Path folder = Files.createDirectories(dir.resolve("office"));
        for (String name : new String[] {"statement.doc", "statement-renamed.docx", "statement.txt", "statement"}) {
            ImportFolderTest.copy("/ingest/word97.doc", folder.resolve(name));
        }
        var run = ImportFolderTest.cli("import", folder.toString(), "--json", "--corpus", corpus.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.summary().get("failed")).hasSize(4);
        for (JsonNode f : run.summary().get("failed")) {
            assertThat(f.get("reason").asText()).as(f.toString()).isEqualTo(OldOfficeFile.WORD_97)
                    .isEqualTo("a Word 97–2003 document: save it as .docx and import that");
        }
    }

    @Test
    void aDamagedOle2FileIsSaidToBeDamaged() throws Exception {
        byte[] damaged = java.util.Arrays.copyOf(Files.readAllBytes(Path.of(getClass().getResource("/ingest/word97.doc").toURI())), 600);
        var reason = org.assertj.core.api.Assertions.catchThrowableOfType(ImportException.class,
                () -> new OldOfficeFile().read(new SourceFile(Path.of("x.doc"), damaged)));
        assertThat(reason).hasMessageStartingWith("a damaged Microsoft Office 97–2003 file");
    }
}
