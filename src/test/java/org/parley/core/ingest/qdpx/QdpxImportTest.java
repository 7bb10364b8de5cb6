package org.parley.core.ingest.qdpx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Cli;
import org.parley.core.export.ExportSource;
import org.parley.core.export.Selection;
import org.parley.core.export.ExportFixture;
import org.parley.core.export.ExportOptions;
import org.parley.core.export.exchange.HardTextCorpus;
import org.parley.core.ingest.BatchImport;
import org.parley.core.ingest.ImportProgress;
import org.parley.core.ingest.ImportSummary;
import org.parley.core.model.Annotation;
import org.parley.core.model.Codebook;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.Document;
import org.parley.core.store.AnnotationStore;
import org.parley.core.store.CodebookStore;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;
import org.parley.core.codebook.CodebookPresets;

/** Projects from Parley and from other QDA tools come in through `parley import`; what cannot map is listed. */
class QdpxImportTest {
    @TempDir
    Path dir;

    private static ImportSummary importInto(Corpus c, Path file) throws Exception {
        return new BatchImport(c, "importer").run(List.of(file), ImportProgress.NONE, null);
    }

    /** Every claim as "document text | [start,end) quote | codes", keyed by claim uuid. */
    private static Map<String, String> claims(Corpus c) throws Exception {
        Map<String, String> out = new TreeMap<>();
        new ExportSource(c, Selection.all().withStatusAll()).forEach(row -> row.claims().forEach(cl ->
                out.put(cl.uuid(), row.document().text().hashCode() + " [" + cl.start() + "," + cl.end() + ") "
                        + cl.quote() + " " + new TreeMap<>(cl.codes()) + " " + cl.coder() + " " + cl.memo())));
        return out;
    }

    @Test
    void aQdpxExportImportedIntoAFreshCorpusGivesTheSameTextsAndClaims() throws Exception {
        Path qdpx = dir.resolve("hard.qdpx");
        Map<String, String> before;
        try (Corpus source = HardTextCorpus.create(dir)) {
            ExportFixture.export(source, Selection.all(), "qdpx", ExportOptions.none(), qdpx);
            before = claims(source);
        }
        try (Corpus fresh = Corpus.create(dir.resolve("fresh.parley"))) {
            new CodebookStore(fresh).merge(CodebookPresets.preset("fact-check"), "tester");
            ImportSummary s = importInto(fresh, qdpx);
            assertThat(s.failed()).isEmpty();
            assertThat(s.imported()).hasSize(2);
            assertThat(claims(fresh)).isEqualTo(before);
            Document tass = new DocumentStore(fresh).get(String.valueOf(s.imported().get(0).id()));
            assertThat(tass.text()).isEqualTo(HardTextCorpus.TASS);
            assertThat(tass.meta().source()).isEqualTo("TASS");
            assertThat(tass.meta().published().iso()).isEqualTo("2019-11-01");
            assertThat(importInto(fresh, qdpx).duplicates()).hasSize(2);
            assertThat(claims(fresh)).as("importing twice adds nothing").isEqualTo(before);
        }
        try (Corpus empty = Corpus.create(dir.resolve("empty.parley"))) {
            assertThat(importInto(empty, qdpx).failed()).isEmpty();
            Codebook book = new CodebookStore(empty).load();
            assertThat(book.dimensionNames()).containsExactly("speaker", "target", "treaty", "stance", "verdict", "explanation");
            assertThat(book.dimension("speaker").orElseThrow().kind()).isEqualTo(DimensionKind.MULTI);
            Map<String, String> spans = new TreeMap<>();
            claims(empty).forEach((k, v) -> spans.put(k, v.substring(0, v.indexOf(')') + 1)));
            Map<String, String> expected = new TreeMap<>();
            before.forEach((k, v) -> expected.put(k, v.substring(0, v.indexOf(')') + 1)));
            assertThat(spans).isEqualTo(expected);
            assertThat(claims(empty).values()).as("codes under target named 'United States (target)' come back as 'United States'")
                    .filteredOn(v -> v.contains("target=[United States]")).hasSize(2);
            assertThat(book.codesOf(book.dimension("target").orElseThrow())).extracting(x -> x.name()).contains("United States")
                    .noneMatch(n -> n.contains("(target)"));
        }
    }

    @Test
    void aProjectWrittenLikeNvivoWithCrLfAndBomImportsWithShiftedPositionsAndListsWhatItDropped() throws Exception {
        String text = "\uFEFFLavrov said:\r\n“We are not concealing anything” 🇷🇺.\r\nWashington disagreed.";
        // positions as NVivo counts them: code points of the file after the BOM, CR LF as two
        String project = QdpxFiles.project("""
                <Users><User guid="{A1B2C3D4-0000-4000-8000-000000000001}" name="Maria"/></Users>
                <CodeBook><Codes>
                  <Code guid="{C0000000-0000-4000-8000-000000000001}" name="Actors" isCodable="false">
                    <Code guid="{C0000000-0000-4000-8000-000000000002}" name="Russia" isCodable="true" color="#F00">
                      <Code guid="{C0000000-0000-4000-8000-000000000003}" name="Sergey Lavrov" isCodable="true"/>
                    </Code>
                  </Code>
                  <Code guid="{C0000000-0000-4000-8000-000000000004}" name="Denial" isCodable="true"/>
                </Codes></CodeBook>
                <Cases><Case guid="{C1000000-0000-4000-8000-000000000001}" name="Case 1"/></Cases>
                <Sources>
                  <TextSource guid="{D0000000-0000-4000-8000-000000000001}" name="Interview 1" plainTextPath="internal://D0000000-0000-4000-8000-000000000001.txt">
                    <PlainTextSelection guid="{E0000000-0000-4000-8000-000000000001}" name="denial" startPosition="14" endPosition="46" creatingUser="{A1B2C3D4-0000-4000-8000-000000000001}">
                      <Coding guid="{F0000000-0000-4000-8000-000000000001}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000003}"/></Coding>
                      <Coding guid="{F0000000-0000-4000-8000-000000000002}"><CodeRef targetGUID="{C0000000-0000-4000-8000-000000000004}"/></Coding>
                    </PlainTextSelection>
                  </TextSource>
                  <PDFSource guid="{D0000000-0000-4000-8000-000000000002}" name="Scan" path="internal://x.pdf"/>
                </Sources>""");
        Path qdpx = new QdpxFiles().entry("project.qde", project)
                .entry("sources/D0000000-0000-4000-8000-000000000001.txt", text).write(dir.resolve("nvivo.qdpx"));
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = importInto(c, qdpx);
            assertThat(s.failed()).isEmpty();
            Document d = new DocumentStore(c).get(String.valueOf(s.imported().get(0).id()));
            assertThat(d.text()).isEqualTo("Lavrov said:\n“We are not concealing anything” 🇷🇺.\nWashington disagreed.");
            List<Annotation> claims = new AnnotationStore(c).forDocument(d.id());
            assertThat(claims).hasSize(1);
            assertThat(claims.get(0).quote()).isEqualTo("“We are not concealing anything”");
            assertThat(claims.get(0).coder()).isEqualTo("Maria");
            assertThat(claims.get(0).codes()).containsEntry("Actors", List.of("Sergey Lavrov")).containsEntry("Denial", List.of("Denial"));
            Codebook book = new CodebookStore(c).load();
            assertThat(book.codesOf(book.dimension("Actors").orElseThrow())).extracting(x -> x.name())
                    .containsExactly("Russia", "Sergey Lavrov");
            String memo = c.read("memo", con -> {
                try (var rs = con.createStatement().executeQuery("SELECT text FROM memo WHERE target = 'corpus'")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            assertThat(memo).contains("Not mapped from nvivo.qdpx").contains("skipped 1 case: Case 1")
                    .contains("skipped 1 PDF source: Scan");
            assertThat(s.notes()).extracting(ImportSummary.Note::text).containsExactly("skipped 1 case: Case 1", "skipped 1 PDF source: Scan");
        }
    }

    @Test
    void everythingThatCannotBeMappedIsNamedInTheSummaryTheMemoAndTheCommandsOutput() throws Exception {
        Path qdpx = UnmappableProject.write(dir.resolve("mixed.qdpx"));
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            ImportSummary s = importInto(c, qdpx);
            assertThat(s.failed()).isEmpty();
            assertThat(s.imported()).extracting(ImportSummary.Imported::title).containsExactly("Interview 1");
            assertThat(s.notes()).extracting(ImportSummary.Note::text).containsExactlyElementsOf(UnmappableProject.NOTES);
            assertThat(s.notes()).allSatisfy(n -> assertThat(n.file()).isEqualTo(qdpx.toString()));
            ImportSummary.Note pictures = s.notes().get(4);
            assertThat(pictures.count()).isEqualTo(2);
            assertThat(pictures.names()).containsExactly("map.png", "photo.jpg");
            // the note on the selection is mapped (the claim's memo), so it is not listed
            List<Annotation> claims = new AnnotationStore(c).forDocument(s.imported().get(0).id());
            assertThat(claims).singleElement().satisfies(a -> {
                assertThat(a.memo()).isEqualTo("He denies it.");
                assertThat(a.quote()).isEqualTo("“We are not concealing anything”");
            });
            String memo = c.read("memo", con -> {
                try (var rs = con.createStatement().executeQuery("SELECT text FROM memo WHERE target = 'corpus'")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            assertThat(memo).startsWith("Not mapped from mixed.qdpx:").contains(UnmappableProject.NOTES);
        }

        Path corpus = dir.resolve("cli.parley");
        assertThat(Cli.run(new String[] {"init", "--corpus", corpus.toString()}, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()))).isZero();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(new String[] {"import", qdpx.toString(), "--corpus", corpus.toString()}, new PrintWriter(out), new PrintWriter(err));
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith("not mapped ")))
                .containsExactlyElementsOf(UnmappableProject.NOTES.stream().map(n -> "not mapped " + qdpx + ": " + n).toList());
        assertThat(out.toString()).contains("1 imported, 0 duplicates, 0 failed; what could not be mapped is listed above");

        StringWriter json = new StringWriter();
        exit = Cli.run(new String[] {"import", qdpx.toString(), "--json", "--corpus", corpus.toString()},
                new PrintWriter(json), new PrintWriter(new StringWriter()));
        assertThat(exit).isZero();
        JsonNode notes = new ObjectMapper().readTree(json.toString()).get("notes");
        assertThat(notes).hasSize(UnmappableProject.NOTES.size());
        assertThat(notes.get(4).get("text").asText()).isEqualTo("skipped 2 picture sources: map.png, photo.jpg");
        assertThat(notes.get(4).get("count").asInt()).isEqualTo(2);
        assertThat(notes.get(4).get("names")).extracting(JsonNode::asText).containsExactly("map.png", "photo.jpg");
        assertThat(notes.get(4).get("file").asText()).isEqualTo(qdpx.toString());
    }

    @Test
    void aProjectWithManySourcesIsSearchableAfterImport() throws Exception {
        StringBuilder sources = new StringBuilder("<Sources>");
        QdpxFiles files = new QdpxFiles();
        for (int i = 0; i < 70; i++) {
            String guid = String.format("d0000000-0000-4000-8000-%012d", i);
            sources.append("<TextSource guid=\"").append(guid).append("\" name=\"S").append(i)
                    .append("\" plainTextPath=\"internal://").append(guid).append(".txt\"/>");
            files.entry("sources/" + guid + ".txt", "Report " + i + (i == 7 ? " on the Открытое небо treaty" : " on nothing much"));
        }
        Path qdpx = files.entry("project.qde", QdpxFiles.project(sources + "</Sources>")).write(dir.resolve("many.qdpx"));
        try (Corpus c = Corpus.create(dir.resolve("c.parley"))) {
            assertThat(importInto(c, qdpx).imported()).hasSize(70);
            assertThat(new org.parley.core.store.SearchIndex(c).search("небо", 10)).extracting(h -> h.title()).containsExactly("S7");
        }
    }

    @Test
    void eachBadFileIsRefusedWithItsOwnMessageAndImportsNothing() throws Exception {
        String good = "Hello 🌍 world.";
        String codes = "<CodeBook><Codes><Code guid=\"c0000000-0000-4000-8000-000000000001\" name=\"Topic\" isCodable=\"true\"/></Codes></CodeBook>";
        String source = "<Sources><TextSource guid=\"d0000000-0000-4000-8000-000000000001\" name=\"S\" plainTextPath=\"internal://s.txt\">%s</TextSource></Sources>";
        String sel = "<PlainTextSelection guid=\"e0000000-0000-4000-8000-000000000001\" name=\"sel\" startPosition=\"%d\" endPosition=\"%d\"/>";
        Map<String, QdpxFiles> bad = new TreeMap<>();
        bad.put("not a readable zip archive", null);
        bad.put("zip-slip", new QdpxFiles().entry("project.qde", QdpxFiles.project(codes)).entry("../../evil.txt", "x"));
        bad.put("DOCTYPE", new QdpxFiles().entry("project.qde", "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&xxe;\"/>"));
        bad.put("which the archive lacks", new QdpxFiles().entry("project.qde", QdpxFiles.project(codes + source.formatted(""))));
        bad.put("lies outside source 'S', which has 14 characters", new QdpxFiles().entry("project.qde",
                QdpxFiles.project(codes + source.formatted(sel.formatted(6, 15)))).entry("sources/s.txt", good));
        bad.put("zip bomb", new QdpxFiles().entry("project.qde", QdpxFiles.project(codes + source.formatted("")))
                .entry("sources/s.txt", new byte[40 * 1024 * 1024]));
        bad.put("no project.qde", new QdpxFiles().entry("sources/s.txt", good));
        for (var e : bad.entrySet()) {
            Path file = dir.resolve(e.getKey().replaceAll("\\W", "_") + ".qdpx");
            if (e.getValue() == null) {
                Files.writeString(file, "PK this is not a zip", StandardCharsets.UTF_8);
            } else {
                e.getValue().write(file);
            }
            try (Corpus c = Corpus.create(dir.resolve(file.getFileName() + ".parley"))) {
                ImportSummary s = importInto(c, file);
                assertThat(s.failed()).as(e.getKey()).hasSize(1);
                assertThat(s.failed().get(0).reason()).as(e.getKey()).contains(e.getKey()).doesNotContain("\n");
                assertThat(s.imported()).isEmpty();
                assertThat(new DocumentStore(c).count()).isZero();
                assertThat(new CodebookStore(c).load().dimensions()).as(e.getKey() + ": codebook untouched").isEmpty();
            }
        }
    }
}
