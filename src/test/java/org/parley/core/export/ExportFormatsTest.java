package org.parley.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.store.Corpus;

/** Every format written from a corpus of emoji, flags, Cyrillic, curly quotes and a claim across a line break. */
class ExportFormatsTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    Corpus corpus;

    @BeforeEach
    void setUp() {
        corpus = ExportFixture.create(dir);
    }

    @AfterEach
    void tearDown() {
        corpus.close();
    }

    private Path export(String format, String name) throws Exception {
        Path out = dir.resolve(name);
        ExportFixture.export(corpus, Selection.all(), format, false, out, null);
        return out;
    }

    private static String slice(String text, int start, int end) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, start, end - start);
    }

    @Test
    void jsonlCarriesTextMetadataAndClaimsWhoseOffsetsSliceTheQuoteInCodePoints() throws Exception {
        List<String> lines = Files.readAllLines(export("jsonl", "d.jsonl"));
        assertThat(lines).hasSize(2 + ExportFixture.SMALL_DOCS);
        JsonNode en = JSON.readTree(lines.get(0));
        assertThat(en.get("text").asText()).isEqualTo(ExportFixture.EN);
        assertThat(en.get("source").asText()).isEqualTo("TASS");
        assertThat(en.get("published").asText()).isEqualTo("2019-11-01");
        assertThat(en.get("fields").get("section").asText()).isEqualTo("Politics");
        assertThat(en.get("claims")).hasSize(4); // the suggested claim is left out by default
        int checked = 0;
        for (String line : lines) {
            JsonNode d = JSON.readTree(line);
            for (JsonNode c : d.get("claims")) {
                assertThat(slice(d.get("text").asText(), c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("quote").asText());
                assertThat(c.get("uuid").asText()).hasSize(36);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(5 + ExportFixture.SMALL_DOCS);
        JsonNode deny = en.get("claims").get(2);
        assertThat(deny.get("quote").asText()).isEqualTo("“We are not concealing anything,”");
        assertThat(deny.get("start").asInt()).isEqualTo(87); // 88 in UTF-16: the rocket before it is one code point
        assertThat(deny.get("memo").asText()).isEqualTo(ExportFixture.MEMO);
        assertThat(en.get("claims").get(0).get("codes").get("treaty").toString()).isEqualTo("[\"ABM\",\"INF\"]");
    }

    @Test
    void jsonlClaimsHasOneClaimPerLineWithItsDocument() throws Exception {
        List<String> lines = Files.readAllLines(export("jsonl-claims", "c.jsonl"));
        assertThat(lines).hasSize(5 + ExportFixture.SMALL_DOCS);
        JsonNode ru = JSON.readTree(lines.get(4));
        assertThat(ru.get("quote").asText()).isEqualTo("США стремятся разрушить систему контроля над вооружениями");
        assertThat(ru.get("document").get("language").asText()).isEqualTo("ru");
        assertThat(ru.get("document").has("text")).isFalse();
    }

    @Test
    void csvReadBackByPythonsCsvModuleKeepsEveryQuoteAndMemo() throws Exception {
        assumeTrue(ExportFixture.hasPython(), "python3 is not installed: the CSV is not read back by a second parser");
        Path csv = dir.resolve("c.csv");
        ExportFixture.export(corpus, Selection.all(), "csv", true, csv, null);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes[0] & 0xff).isEqualTo(0xEF);
        String[] r = ExportFixture.python("-c", "import csv, json, sys\n"
                + "print(json.dumps(list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline=''))), ensure_ascii=True))",
                csv.toString());
        assertThat(r[0]).as(r[1]).isEqualTo("0");
        JsonNode rows = JSON.readTree(r[1]);
        assertThat(rows).hasSize(5 + ExportFixture.SMALL_DOCS);
        List<String> quotes = new ArrayList<>();
        rows.forEach(row -> quotes.add(row.get("quote").asText()));
        assertThat(quotes).contains("“We are not concealing anything,”", "The INF Treaty\nis dead",
                "США стремятся разрушить систему контроля над вооружениями");
        JsonNode deny = rows.get(2);
        assertThat(deny.get("memo").asText()).isEqualTo(ExportFixture.MEMO);
        assertThat(deny.get("stance").asText()).isEqualTo("deny");
        assertThat(rows.get(0).get("treaty").asText()).isEqualTo("ABM;INF");
        for (JsonNode row : rows) {
            String text = row.get("document_id").asInt() == 1 ? ExportFixture.EN : row.get("document_id").asInt() == 2 ? ExportFixture.RU : null;
            if (text != null) {
                assertThat(slice(text, row.get("start").asInt(), row.get("end").asInt())).isEqualTo(row.get("quote").asText());
            }
        }
    }

    @Test
    void xlsxHasTheCsvColumnsWithNumbersAsNumbers() throws Exception {
        Path out = export("xlsx", "c.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = wb.getSheet("claims");
            Row header = s.getRow(0);
            assertThat(header.getCell(10).getStringCellValue()).isEqualTo("quote");
            assertThat(s.getLastRowNum()).isEqualTo(5 + ExportFixture.SMALL_DOCS);
            Row deny = s.getRow(3);
            assertThat(deny.getCell(10).getStringCellValue()).isEqualTo("“We are not concealing anything,”");
            assertThat(deny.getCell(8).getNumericCellValue()).isEqualTo(87.0);
        }
    }

    @Test
    void doccanoAndLabelStudioPassTheSharedSpanChecker() throws Exception {
        Path doccano = export("doccano", "d.jsonl");
        Path ls = export("label-studio", "ls.json");
        JsonNode first = JSON.readTree(Files.readAllLines(doccano).get(0));
        assertThat(first.get("label").get(2).toString()).isEqualTo("[87,120,\"deny\"]");
        JsonNode tasks = JSON.readTree(ls.toFile());
        assertThat(tasks).hasSize(2 + ExportFixture.SMALL_DOCS);
        JsonNode region = tasks.get(0).get("annotations").get(0).get("result").get(1).get("value");
        assertThat(region.get("text").asText()).isEqualTo("“We are not concealing anything,”");
        assertThat(region.get("labels").toString()).isEqualTo("[\"deny\"]");
        assertThat(tasks.get(0).get("annotations")).hasSize(2); // Anna and Boris

        var tools = ExportFixture.sharedTools();
        assumeTrue(tools.isPresent(), "../shared/tools is absent: span_check.py not run");
        for (String[] check : new String[][] {{"doccano", doccano.toString()}, {"labelstudio", ls.toString()}}) {
            String[] r = ExportFixture.python(tools.get().resolve("span_check.py").toString(), check[0], check[1]);
            assertThat(r[0]).as(r[1]).isEqualTo("0");
            assertThat(r[1]).contains("ok").doesNotContain("FAIL");
        }
    }

    @Test
    void conllIsWellFormedIob2AndCountsTheOverlappingClaimItDropped() throws Exception {
        Path out = dir.resolve("d.conll");
        ExportResult result = ExportFixture.export(corpus, Selection.all(), "conll", false, out, null);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.stream().filter(l -> l.startsWith("-DOCSTART-")).count()).isEqualTo(2 + ExportFixture.SMALL_DOCS);
        Pattern tag = Pattern.compile("O|([BI])-(\\S+)");
        String previous = "O";
        for (String line : lines) {
            if (line.isEmpty()) {
                previous = "O";
                continue;
            }
            String[] cols = line.split("\t");
            assertThat(cols).as(line).hasSize(2);
            assertThat(cols[0]).as(line).doesNotContainPattern("\\s");
            Matcher m = tag.matcher(cols[1]);
            assertThat(m.matches()).as(line).isTrue();
            if ("I".equals(m.group(1))) {
                assertThat(previous).as("I- after B- or I- of the same label: " + line).endsWith("-" + m.group(2)).isNotEqualTo("O");
            }
            previous = cols[1];
        }
        String tokens = String.join("\n", lines);
        assertThat(tokens).contains("🚀\tO", "“\tB-deny", "anything\tI-deny", "Treaty\tI-report", "is\tI-report",
                "США\tB-accuse", "вооружениями\tI-accuse", "»\tO", "US\tB-accuse");
        assertThat(result.dropped()).isEqualTo(1);
        List<String> dropped = Files.readAllLines(dir.resolve("d.conll.dropped.tsv"));
        assertThat(dropped).hasSize(2);
        assertThat(dropped.get(1)).contains("concern", "overlaps a longer or earlier claim");
    }

    @Test
    void bratAnnLinesMatchTheTextAndALineBreakMakesFragments() throws Exception {
        Path out = export("brat", "brat");
        String conf = Files.readString(out.resolve("annotation.conf"));
        assertThat(conf).contains("[entities]\n", "accuse\n", "Claim\n", "speaker\tArg:<ENTITY>, Value:United_States|",
                "treaty_New_START\tArg:<ENTITY>", "<OVERLAP>");
        String text = Files.readString(out.resolve("doc-1.txt"), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(ExportFixture.EN);
        List<String> ann = Files.readAllLines(out.resolve("doc-1.ann"));
        int entities = 0;
        for (String line : ann) {
            String[] cols = line.split("\t");
            if (line.startsWith("T")) {
                entities++;
                List<String> pieces = new ArrayList<>();
                for (String range : cols[1].substring(cols[1].indexOf(' ') + 1).split(";")) {
                    String[] se = range.split(" ");
                    pieces.add(slice(text, Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                assertThat(String.join(" ", pieces)).as(line).isEqualTo(cols[2]);
            }
        }
        assertThat(entities).isEqualTo(4);
        assertThat(ann).contains("T4\treport 139 153;154 161\tThe INF Treaty is dead", "A1\tspeaker T1 Russia",
                "A3\ttreaty_ABM T1", "#1\tAnnotatorNotes T3\tHe said \"no\", then, after a pause, \"yes\"");
    }

    @Test
    void selectionByCoderStatusQueryAndDocument() throws Exception {
        Selection boris = new Selection(List.of(), null, List.of("Boris"), true, null);
        Path out = dir.resolve("b.jsonl");
        ExportResult r = ExportFixture.export(corpus, boris, "jsonl-claims", false, out, null);
        assertThat(r.claims()).isEqualTo(2);
        Selection all = new Selection(List.of("1"), null, List.of(), false, null);
        assertThat(ExportFixture.export(corpus, all, "jsonl-claims", false, out, null).claims()).isEqualTo(5);
        Selection query = new Selection(List.of(), "Лавров", List.of(), true, null);
        assertThat(ExportFixture.export(corpus, query, "jsonl", false, out, null).documents()).isEqualTo(1);
    }
}
