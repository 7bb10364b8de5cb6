package org.parley.core.export.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.export.ExportFixture;
import org.parley.core.export.ExportOptions;
import org.parley.core.export.Selection;
import org.parley.core.store.Corpus;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Each interchange export of texts with emoji, flags, Cyrillic and a claim across a line break passes its checker. */
class InterchangeExportTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Corpus corpus;

    @BeforeEach
    void setUp() {
        corpus = HardTextCorpus.create(dir);
    }

    @AfterEach
    void tearDown() {
        corpus.close();
    }

    private Path export(String format, String name) throws Exception {
        Path out = dir.resolve(name);
        ExportFixture.export(corpus, Selection.all(), format, new ExportOptions(null, "Parley Fact Check",
                "https://factcheck.example.org/claims/{id}"), out);
        return out;
    }

    @Test
    void qdpxPassesTheRefiCheckerWithTheProjectSchema() throws Exception {
        Path qdpx = export("qdpx", "hard.qdpx");
        var r = SharedTools.python("refi_check.py", qdpx, "--xsd", SharedTools.standard("refi-qda/Project.xsd"));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(r.output()).contains("xmllint: project.qde validates").contains("ok  ").doesNotContain("ERROR");
        assertThat(r.output()).contains(HardTextCorpus.RUSSIAN).contains("🇷🇺");
    }

    /**
     * QualCoder keeps code names unique (a second code of a name is dropped with its codings, no warning; ATLAS.ti
     * refuses it): every codable code's name is unique in the project, and every coding points to a code so kept.
     */
    @Test
    void codeNamesAreUniqueInTheProjectSoQualCoderKeepsEveryCoding() throws Exception {
        Path qdc = export("qdc", "hard.qdc");
        var r = SharedTools.xmllint(SharedTools.standard("refi-qda/Codebook.xsd"), qdc);
        assertThat(r.exit()).as(r.output()).isZero();
        Path qdpx = export("qdpx", "names.qdpx");
        org.w3c.dom.Document project;
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            project = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder()
                    .parse(zip.getInputStream(zip.getEntry("project.qde")));
        }
        for (var doc : List.of(DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(qdc.toFile()), project)) {
            NodeList codes = doc.getElementsByTagName("Code");
            java.util.Map<String, String> kept = new java.util.LinkedHashMap<>(); // QualCoder's code_name.name UNIQUE: first wins
            java.util.Set<String> keptGuids = new java.util.HashSet<>();
            List<String> us = new ArrayList<>();
            for (int i = 0; i < codes.getLength(); i++) {
                Element e = (Element) codes.item(i);
                if (!"true".equals(e.getAttribute("isCodable"))) {
                    continue;
                }
                assertThat(kept.putIfAbsent(e.getAttribute("name"), e.getAttribute("guid"))).as(e.getAttribute("name")).isNull();
                keptGuids.add(e.getAttribute("guid"));
                if (e.getAttribute("name").startsWith("United States")) {
                    String about = e.getElementsByTagName("Description").item(0).getTextContent();
                    us.add(((Element) e.getParentNode()).getAttribute("name") + ": " + e.getAttribute("name") + " / "
                            + (about.startsWith("Code of") ? about.lines().findFirst().orElseThrow() : "its own"));
                }
            }
            assertThat(us).containsExactly("speaker: United States / its own",
                    "target: United States (target) / Code of the Parley dimension 'target'.");
            NodeList refs = doc.getElementsByTagName("CodeRef");
            for (int i = 0; i < refs.getLength(); i++) {
                assertThat(keptGuids).contains(((Element) refs.item(i)).getAttribute("targetGUID"));
            }
        }
        assertThat(project.getElementsByTagName("CodeRef").getLength()).isEqualTo(18);
    }

    @Test
    void everyWebAnnotationPassesTheW3cMustsAndSlicesItsText() throws Exception {
        Path folder = export("web-annotation", "wa");
        List<Path> annotations;
        try (Stream<Path> files = Files.list(folder)) {
            annotations = files.filter(p -> p.toString().endsWith(".jsonld") && !p.endsWith("index.jsonld")).sorted().toList();
        }
        assertThat(annotations).hasSize(4);
        for (Path a : annotations) {
            var valid = SharedTools.python("wadm_validate.py", a);
            assertThat(valid.exit()).as(valid.output()).isZero();
            JsonNode json = JSON.readTree(a.toFile());
            String docUuid = json.get("target").get("source").asText().substring("urn:uuid:".length());
            var spans = SharedTools.python("span_check.py", "wadm", a, folder.resolve(docUuid + ".txt"));
            assertThat(spans.exit()).as(spans.output()).isZero();
            assertThat(json.get("id").asText()).startsWith("urn:uuid:");
        }
        JsonNode page = JSON.readTree(folder.resolve("index.jsonld").toFile());
        assertThat(page.get("type").asText()).isEqualTo("AnnotationPage");
        assertThat(page.get("items")).hasSize(4);
    }

    @Test
    void claimReviewPassesTheCheckerAndNamesThePersonSpeaking() throws Exception {
        Path file = export("claimreview", "reviews.json");
        var r = SharedTools.python("claimreview_check.py", file);
        assertThat(r.exit()).as(r.output()).isZero();
        JsonNode reviews = JSON.readTree(file.toFile());
        assertThat(reviews).hasSize(2);
        JsonNode lavrov = reviews.get(0);
        assertThat(lavrov.get("itemReviewed").get("author").get("@type").asText()).isEqualTo("Person");
        assertThat(lavrov.get("reviewRating").get("ratingValue").asInt()).isEqualTo(2);
        assertThat(lavrov.get("reviewRating").get("alternateName").asText()).isEqualTo("Mostly false");
        assertThat(lavrov.get("itemReviewed").get("appearance").get("publisher").get("name").asText()).isEqualTo("TASS");
        assertThat(reviews.get(1).get("itemReviewed").get("author").get("@type").asText()).isEqualTo("Organization");
        assertThat(reviews.get(1).get("reviewRating").has("ratingValue")).isFalse();
    }

    @Test
    void graphMlHoldsBothNetworksWithStanceCountedApart() throws Exception {
        Path file = export("graphml", "net.graphml");
        var f = DocumentBuilderFactory.newDefaultInstance();
        f.setNamespaceAware(true);
        var doc = f.newDocumentBuilder().parse(file.toFile());
        assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://graphml.graphdrawing.org/xmlns");
        List<String> edges = new ArrayList<>();
        NodeList list = doc.getElementsByTagName("edge");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            NodeList data = e.getElementsByTagName("data");
            StringBuilder b = new StringBuilder(e.getAttribute("source") + ">" + e.getAttribute("target"));
            for (int k = 0; k < data.getLength(); k++) {
                b.append(' ').append(data.item(k).getTextContent());
            }
            edges.add(b.toString());
        }
        assertThat(edges).containsExactlyInAnyOrder(
                "actor:Sergey Lavrov>treaty:New START actor-treaty 1 0 1 0",
                "actor:Sergey Lavrov>treaty:INF actor-treaty 1 0 1 0",
                "actor:Sergey Lavrov>actor:United States actor-actor 1 0 1 0",
                "actor:Russia>treaty:New START actor-treaty 2 1 1 0",
                "actor:Russia>actor:United States actor-actor 1 0 1 0",
                "actor:United States>treaty:INF actor-treaty 1 1 0 0",
                "actor:United States>actor:Russia actor-actor 1 1 0 0");
        Path csv = export("edges-csv", "edges.csv");
        assertThat(Files.readAllLines(csv)).hasSize(8)
                .contains("actor-treaty,Russia,New START,actor,treaty,2,1,1,0");
    }

    /** Map.of iterates in an order that changes from one run of Java to the next: the same corpus must give the same bytes. */
    @Test
    void jsonLdObjectsKeepTheirKeysInOneOrderOnEveryRun() throws Exception {
        Path folder = export("web-annotation", "wa-order");
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonld") && !p.endsWith("index.jsonld")).toList()) {
                List<String> keys = new ArrayList<>();
                JSON.readTree(f.toFile()).get("creator").fieldNames().forEachRemaining(keys::add);
                assertThat(keys).as(f.toString()).containsExactly("id", "type", "name");
            }
        }
        JsonNode reviews = JSON.readTree(export("claimreview", "order.json").toFile());
        for (JsonNode r : reviews) {
            List<String> author = new ArrayList<>();
            r.get("author").fieldNames().forEachRemaining(author::add);
            assertThat(author).containsExactly("@type", "name", "url");
            if (r.get("itemReviewed").has("author")) {
                List<String> claimAuthor = new ArrayList<>();
                r.get("itemReviewed").get("author").fieldNames().forEachRemaining(claimAuthor::add);
                assertThat(claimAuthor).containsExactly("@type", "name");
            }
        }
    }

    @Test
    void aRenamedStanceCountsAsItsCodebookValueSays() throws Exception {
        var book = new org.parley.core.store.CodebookStore(corpus).load();
        var accuse = book.codesOf(book.dimension("stance").orElseThrow()).stream().filter(c -> c.name().equals("accuse"))
                .findFirst().orElseThrow();
        new org.parley.core.store.CodebookEdits(corpus).edit(new org.parley.core.model.Code(accuse.id(), accuse.uuid(), "rebuke",
                accuse.colour(), accuse.key(), accuse.description(), accuse.aliases(), accuse.parentUuid(), accuse.value()), "t");
        Path csv = export("edges-csv", "edges.csv");
        // before, a stance not named in Parley's code counted as neutral: 2,1,0,1
        assertThat(Files.readAllLines(csv)).contains("actor-treaty,Russia,New START,actor,treaty,2,1,1,0");
    }
}
