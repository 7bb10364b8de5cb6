package org.parley.core.ingest.qdpx;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.model.Annotation;
import org.parley.core.model.Codebook;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;

/** Projects as QualCoder, NVivo and ATLAS.ti really write them: one selection per coding, empty sources, a codebook alone. */
class OtherToolsProjectsTest {
    static final String TEXT = "Lavrov said the US is seeking to wreck the entire arms control system. Washington disagreed.";
    static final String CODES = """
            <CodeBook><Codes>
              <Code guid="c0000000-0000-4000-8000-000000000001" name="Themes" isCodable="false">
                <Code guid="c0000000-0000-4000-8000-000000000002" name="accuse" isCodable="true"/>
                <Code guid="c0000000-0000-4000-8000-000000000003" name="arms control" isCodable="true"/>
                <Code guid="c0000000-0000-4000-8000-000000000004" name="United States" isCodable="true"/>
                <Code guid="c0000000-0000-4000-8000-000000000005" name="Russia" isCodable="true"/>
              </Code>
            </Codes></CodeBook>""";
    static final String USERS = """
            <Users><User guid="a0000000-0000-4000-8000-000000000001" name="Maria"/>
            <User guid="a0000000-0000-4000-8000-000000000002" name="Ivan"/></Users>""";

    @TempDir
    Path dir;

    /** QualCoder writes one PlainTextSelection per coding, each with its own GUID; {@code n} picks the selection's GUID. */
    private static String selection(int n, int start, int end, int user, int code) {
        return ("<PlainTextSelection guid=\"e0000000-0000-4000-8000-00000000000%d\" name=\"%s\" startPosition=\"%d\" endPosition=\"%d\""
                + " creatingUser=\"a0000000-0000-4000-8000-00000000000%d\"><Coding guid=\"f0000000-0000-4000-8000-00000000000%d\">"
                + "<CodeRef targetGUID=\"c0000000-0000-4000-8000-00000000000%d\"/></Coding></PlainTextSelection>\n")
                .formatted(n, TEXT.substring(start, end), start, end, user, n, code);
    }

    private Path qualCoderStyle(String name, String origin) throws Exception {
        int start = TEXT.indexOf("the US");
        int end = TEXT.indexOf('.') + 1;
        int w = TEXT.indexOf("Washington");
        String selections = selection(1, start, end, 1, 2) + selection(2, start, end, 1, 3) + selection(3, start, end, 1, 4)
                + selection(4, start, end, 1, 5) + selection(5, start, end, 2, 2) + selection(6, w, TEXT.length(), 1, 4);
        String body = USERS + CODES + "<Sources><TextSource guid=\"d0000000-0000-4000-8000-000000000001\" name=\"Lavrov\""
                + " plainTextPath=\"internal://d1.txt\">" + selections + "</TextSource></Sources>";
        return new QdpxFiles().entry("project.qde", QdpxFiles.project(body, origin)).entry("sources/d1.txt", TEXT)
                .write(dir.resolve(name));
    }

    private static ImportSummary importInto(Corpus c, Path file) throws Exception {
        return new BatchImport(c, "importer").run(List.of(file), ImportProgress.NONE, null);
    }

    @Test
    void qualCodersOneSelectionPerCodingComesBackAsOneClaimPerSpanAndCoder() throws Exception {
        Path qdpx = qualCoderStyle("qualcoder.qdpx", "QualCoder 3.6");
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = importInto(c, qdpx);
            assertThat(s.failed()).isEmpty();
            List<Annotation> claims = new AnnotationStore(c).forDocument(s.imported().get(0).id());
            assertThat(claims).extracting(a -> a.coder() + " " + a.quote() + " " + a.codesOf("Themes")).containsExactlyInAnyOrder(
                    "Maria the US is seeking to wreck the entire arms control system. [accuse, arms control, United States, Russia]",
                    "Ivan the US is seeking to wreck the entire arms control system. [accuse]",
                    "Maria Washington disagreed. [United States]");
            assertThat(claims).extracting(Annotation::uuid).contains("e0000000-0000-4000-8000-000000000001")
                    .doesNotContain("e0000000-0000-4000-8000-000000000002");
            assertThat(importInto(c, qdpx).duplicates()).hasSize(1);
            assertThat(new AnnotationStore(c).forDocument(s.imported().get(0).id())).as("importing again adds nothing").hasSize(3);
        }
    }

    @Test
    void aParleyProjectsSelectionsAreItsClaimsAndAreNeverMerged() throws Exception {
        Path qdpx = qualCoderStyle("parley.qdpx", "Parley");
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = importInto(c, qdpx);
            assertThat(new AnnotationStore(c).forDocument(s.imported().get(0).id())).hasSize(6);
        }
    }

    @Test
    void anNvivoProjectWithEmptySourcesImportsTheRestAndNamesTheSkippedOnes() throws Exception {
        String body = USERS + CODES + """
                <Sources>
                  <TextSource guid="d0000000-0000-4000-8000-000000000001" name="Memo draft" plainTextPath="internal://empty1.txt">
                    <PlainTextSelection guid="e0000000-0000-4000-8000-000000000009" name="ghost" startPosition="0" endPosition="5"/>
                  </TextSource>
                  <TextSource guid="d0000000-0000-4000-8000-000000000002" name="Interview 2" plainTextPath="internal://empty2.txt"/>
                  <TextSource guid="d0000000-0000-4000-8000-000000000003" name="Lavrov" plainTextPath="internal://d1.txt">
                """ + selection(1, 0, 6, 1, 2) + "</TextSource></Sources>";
        Path qdpx = new QdpxFiles().entry("project.qde", QdpxFiles.project(body)).entry("sources/empty1.txt", "")
                .entry("sources/empty2.txt", " \r\n ").entry("sources/d1.txt", TEXT).write(dir.resolve("nvivo.qdpx"));
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = importInto(c, qdpx);
            assertThat(s.failed()).isEmpty();
            assertThat(s.imported()).extracting(ImportSummary.Imported::title).containsExactly("Lavrov");
            assertThat(s.notes()).extracting(ImportSummary.Note::text).containsExactly(
                    "skipped 2 text sources with no text: Memo draft, Interview 2",
                    "skipped 1 selection in a text source with no text: ghost in Memo draft");
            Codebook book = new CodebookStore(c).load();
            assertThat(book.codesOf(book.dimension("Themes").orElseThrow())).hasSize(4);
            assertThat(new AnnotationStore(c).forDocument(s.imported().get(0).id())).singleElement()
                    .satisfies(a -> assertThat(a.quote()).isEqualTo("Lavrov"));
        }
    }

    @Test
    void anAtlasCodebookOnlyProjectSaysWhatItAddedToTheCodebook() throws Exception {
        Path qdpx = new QdpxFiles().entry("project.qde", QdpxFiles.project(CODES, "ATLAS.ti 23.2")).write(dir.resolve("atlas.qdpx"));
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = importInto(c, qdpx);
            assertThat(s.failed()).isEmpty();
            assertThat(s.notes()).singleElement().satisfies(n -> {
                assertThat(n.text()).isEqualTo("added to the codebook 1 dimension and 4 codes: dimension Themes, code accuse (Themes), "
                        + "code arms control (Themes), code United States (Themes), code Russia (Themes)");
                assertThat(n.count()).isEqualTo(5);
                assertThat(n.label()).as("shown as added, not as left out").isEqualTo("added");
            });
            assertThat(importInto(c, qdpx).notes()).as("nothing new the second time").isEmpty();
        }
    }
}
