package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.cli.Cli;
import org.parley.core.model.Document;
import org.parley.core.store.Corpus;
import org.parley.core.store.DocumentStore;

/**
 * The issue's folder, end to end: English and Russian text in every encoding and line ending, web pages
 * full of boilerplate, PDF, DOCX, RTF, CSV, JSONL, a Nexis export and broken files, imported by the real
 * {@code parley import --json} into a real corpus, then read back document by document.
 */
class ImportFolderTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** English with curly quotes, NBSP, an emoji and CRLF line ends, as users' files have them. */
    static final String EN = "Lavrov: “We are not concealing anything”\r\n\r\nMOSCOW, November 1. /TASS/. Russia is ready"
            + "\u00a0to discuss new weapons 🚀 with the United States, the minister said.\r\n“Washington has not replied,” he added.\r\n";
    static final String EN_STORED = EN.replace("\r\n", "\n");
    /** Russian within what KOI8-R and windows-1251 can encode (no « », no emoji). */
    static final String RU = "Лавров: США стремятся разрушить систему контроля над вооружениями\r\n\r\nМОСКВА, 1 ноября. /ТАСС/. "
            + "Россия не отказывается от диалога с Вашингтоном по новым вооружениям, заявил министр иностранных дел "
            + "Сергей Лавров. \"Мы ничего не скрываем\", - подчеркнул он.\r\n";
    static final String RU_STORED = RU.replace("\r\n", "\n");

    @TempDir
    static Path dir;
    static Path folder;
    static Path corpus;
    static CliOutcome run;
    static Map<String, List<Document>> byFile = new HashMap<>();

    record CliOutcome(int exit, JsonNode summary, String err) {
    }

    @BeforeAll
    static void importTheFolder() throws Exception {
        folder = Files.createDirectories(dir.resolve("material"));
        Path texts = Files.createDirectories(folder.resolve("texts"));
        write(texts.resolve("en-utf8.txt"), EN, StandardCharsets.UTF_8, false);
        write(texts.resolve("en-utf8-bom-lf.txt"), EN_STORED.replace("Russia", "Russia 1"), StandardCharsets.UTF_8, true);
        write(texts.resolve("en-utf16le-bom.txt"), EN.replace("Russia", "Russia 2"), StandardCharsets.UTF_16LE, true);
        write(texts.resolve("en-utf16be-bom.txt"), EN.replace("Russia", "Russia 3"), StandardCharsets.UTF_16BE, true);
        write(texts.resolve("en-1252-cr.txt"), EN.replace("Russia", "Russia 4").replace("\r\n", "\r").replace(" 🚀", ""),
                Charset.forName("windows-1252"), false);
        write(texts.resolve("en-latin1-lfcr.txt"), EN.replace("Russia", "Russia 5").replace("\r\n", "\n\r")
                .replace(" 🚀", "").replace('“', '"').replace('”', '"'), StandardCharsets.ISO_8859_1, false);
        write(texts.resolve("ru-utf8.txt"), RU, StandardCharsets.UTF_8, false);
        write(texts.resolve("ru-tass-2019-11-01-cp1251.txt"), RU.replace("Россия", "Россия 1"), Charset.forName("windows-1251"), false);
        write(texts.resolve("ru-koi8r.txt"), RU.replace("Россия", "Россия 2").replace("\r\n", "\n"), Charset.forName("KOI8-R"), false);
        write(texts.resolve("ru-utf16le-nobom.txt"), RU.replace("Россия", "Россия 3"), StandardCharsets.UTF_16LE, false);
        copy("/samples/tass-2019-11-01-lavrov-arms-control.txt", texts.resolve("tass-2019-11-01-lavrov-arms-control.txt"));

        Path web = Files.createDirectories(folder.resolve("web"));
        copy("/ingest/reuters-page.html", web.resolve("reuters-page.html"));
        TestFiles.deepHtml(web.resolve("deep.html"), 20_000);
        write(web.resolve("ria-1251.htm"), "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "<title>Лавров о диалоге</title></head><body><nav><a href=\"/\">Главная</a> <a href=\"/w\">В мире</a></nav>"
                + "<div class=\"content\"><h1>Лавров о диалоге</h1><p>" + RU_STORED.lines().skip(2).findFirst().orElseThrow()
                + "</p></div><footer>Все права защищены</footer></body></html>", Charset.forName("windows-1251"), false);

        Path office = Files.createDirectories(folder.resolve("office"));
        TestFiles.pdf(office.resolve("statement.pdf"), "Statement on strategic stability", false,
                new String[] {"GENEVA, 3 May (AFP) - The ministry said the nego-", "tiations on strategic stability would resume."},
                new String[] {"A second paragraph follows here."});
        TestFiles.pdf(office.resolve("scanned.pdf"), "Scan", false);
        TestFiles.pdf(office.resolve("encrypted.pdf"), "Secret", true, new String[] {"Hidden text."});
        TestFiles.docx(office.resolve("briefing.docx"), "Briefing by the spokeswoman",
                "Briefing by the spokeswoman", "WASHINGTON (AP) — The State Department said talks would continue.", "",
                "“We remain committed,” the spokeswoman said.");
        Files.write(office.resolve("broken.docx"), java.util.Arrays.copyOf(Files.readAllBytes(office.resolve("briefing.docx")), 900));
        TestFiles.zipBomb(office.resolve("bomb.docx"));
        TestFiles.rtf(office.resolve("note.rtf"), "Diplomatic note", "", "BEIJING, Nov. 1 (Xinhua) -- China called for restraint.");

        Path tables = Files.createDirectories(folder.resolve("tables"));
        copy("/ingest/articles.csv", tables.resolve("articles.csv"));
        copy("/ingest/nexis-export.txt", tables.resolve("nexis-export.txt"));
        Files.writeString(tables.resolve("scraped.jsonl"), "{\"headline\": \"UN vote on resolution\", \"content\": "
                + "\"UNITED NATIONS, Oct 4 (Xinhua) -- The General Assembly voted on the draft.\", \"date\": \"2019-10-04\"}\n");
        Files.writeString(tables.resolve("dataset.jsonl"), "{\"text\": \"Some text\", \"claims\": [{\"start\": 0, \"end\": 4, \"quote\": \"text\"}]}\n");

        Path broken = Files.createDirectories(folder.resolve("broken"));
        Files.write(broken.resolve("empty.txt"), new byte[0]);
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Files.write(broken.resolve("photo-named.txt"), noise);
        byte[] bad = "Valid “UTF-8” start, then ".getBytes(StandardCharsets.UTF_8);
        Files.write(broken.resolve("invalid-utf8.txt"), concat(bad, new byte[] {(byte) 0xC3, 0x28, ' ', (byte) 0xFF}));
        try (RandomAccessFile huge = new RandomAccessFile(broken.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024); // sparse: refused by size before a byte is read
        }

        corpus = dir.resolve("test.parley");
        CliOutcome init = cli("init", "--corpus", corpus.toString());
        assertThat(init.exit()).as(init.err()).isZero();
        run = cli("import", folder.toString(), dir.resolve("missing.txt").toString(), "--json", "--corpus", corpus.toString());
        try (Corpus c = Corpus.open(corpus); Connection db = DriverManager.getConnection("jdbc:sqlite:" + corpus);
             PreparedStatement ps = db.prepareStatement("SELECT id, file_name FROM document ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            DocumentStore docs = new DocumentStore(c);
            while (rs.next()) {
                byFile.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(docs.get(String.valueOf(rs.getLong(1))));
            }
        }
    }

    /** A new corpus {@code c.parley} in {@code dir}, made by {@code parley init}. */
    static Path newCorpus(Path dir) throws Exception {
        Path c = dir.resolve("c.parley");
        assertThat(cli("init", "--corpus", c.toString()).exit()).isZero();
        return c;
    }

    static CliOutcome cli(String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Cli.run(args, new PrintWriter(out), new PrintWriter(err));
        boolean json = java.util.Arrays.asList(args).contains("--json");
        return new CliOutcome(exit, json ? JSON.readTree(out.toString()) : null, err.toString());
    }

    static void write(Path f, String text, Charset cs, boolean bom) throws Exception {
        byte[] body = text.getBytes(cs);
        byte[] mark = !bom ? new byte[0] : cs.equals(StandardCharsets.UTF_8) ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
                : cs.equals(StandardCharsets.UTF_16LE) ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
        Files.write(f, concat(mark, body));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static void copy(String resource, Path to) throws Exception {
        try (InputStream in = ImportFolderTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    static Document one(String file) {
        assertThat(byFile).as("imported files").containsKey(file);
        assertThat(byFile.get(file)).hasSize(1);
        return byFile.get(file).get(0);
    }

    static String reason(String file) {
        for (JsonNode f : run.summary().get("failed")) {
            if (f.get("file").asText().endsWith(file)) {
                return f.get("reason").asText();
            }
        }
        throw new AssertionError(file + " did not fail; summary: " + run.summary());
    }

    @Test
    void exitsTwoAndReportsEachBrokenFileInOneLine() {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(reason("empty.txt")).contains("empty");
        assertThat(reason("photo-named.txt")).contains("binary data, not text");
        assertThat(reason("invalid-utf8.txt")).contains("invalid UTF-8 byte sequence at byte " + (bad().length));
        assertThat(reason("huge.txt")).contains("too large (200 MB; the limit is 100 MB per file)");
        assertThat(reason("missing.txt")).isEqualTo("no such file");
        assertThat(reason("scanned.pdf")).isEqualTo("no text layer: run OCR first");
        assertThat(reason("encrypted.pdf")).startsWith("encrypted PDF");
        assertThat(reason("broken.docx")).contains(".docx");
        assertThat(reason("bomb.docx")).contains("zip bomb");
        assertThat(reason("dataset.jsonl")).contains("quote does not match its offsets [0, 4)");
        for (JsonNode f : run.summary().get("failed")) {
            assertThat(f.get("reason").asText()).as(f.toString()).doesNotContain("\n");
            assertThat(byFile).doesNotContainKey(Path.of(f.get("file").asText()).getFileName().toString());
        }
        assertThat(run.summary().get("failed")).hasSize(10);
    }

    private static byte[] bad() {
        return "Valid “UTF-8” start, then ".getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void summaryHasTheAgreedShape() {
        JsonNode s = run.summary();
        assertThat(s.fieldNames()).toIterable().containsExactlyInAnyOrder("imported", "duplicates", "failed", "notes");
        assertThat(s.get("notes")).as("plain files have nothing they cannot map").isEmpty();
        JsonNode first = s.get("imported").get(0);
        assertThat(first.fieldNames()).toIterable().containsExactlyInAnyOrder("file", "id", "title");
        int docs = byFile.values().stream().mapToInt(List::size).sum();
        assertThat(s.get("imported")).hasSize(docs);
    }

    @Test
    void everyEncodingAndLineEndGivesTheSameStoredText() {
        assertThat(one("en-utf8.txt").text()).isEqualTo(EN_STORED);
        assertThat(one("en-utf8.txt").meta().encoding()).isEqualTo("UTF-8");
        assertThat(one("en-utf8-bom-lf.txt").text()).isEqualTo(EN_STORED.replace("Russia", "Russia 1"));
        assertThat(one("en-utf16le-bom.txt").text()).isEqualTo(EN_STORED.replace("Russia", "Russia 2"));
        assertThat(one("en-utf16le-bom.txt").meta().encoding()).isEqualTo("UTF-16LE");
        assertThat(one("en-utf16be-bom.txt").meta().encoding()).isEqualTo("UTF-16BE");
        assertThat(one("en-1252-cr.txt").text()).isEqualTo(EN_STORED.replace("Russia", "Russia 4").replace(" 🚀", ""));
        assertThat(one("en-1252-cr.txt").meta().encoding()).isEqualTo("windows-1252");
        assertThat(one("en-latin1-lfcr.txt").text()).isEqualTo(EN_STORED.replace("Russia", "Russia 5").replace(" 🚀", "")
                .replace('“', '"').replace('”', '"'));
        assertThat(one("en-latin1-lfcr.txt").meta().encoding()).isEqualTo("ISO-8859-1");
        assertThat(one("ru-utf8.txt").text()).isEqualTo(RU_STORED);
        assertThat(one("ru-tass-2019-11-01-cp1251.txt").text()).isEqualTo(RU_STORED.replace("Россия", "Россия 1"));
        assertThat(one("ru-tass-2019-11-01-cp1251.txt").meta().encoding()).isEqualTo("windows-1251");
        assertThat(one("ru-koi8r.txt").text()).isEqualTo(RU_STORED.replace("Россия", "Россия 2"));
        assertThat(one("ru-koi8r.txt").meta().encoding()).isEqualTo("KOI8-R");
        assertThat(one("ru-utf16le-nobom.txt").text()).isEqualTo(RU_STORED.replace("Россия", "Россия 3"));
        assertThat(one("ru-utf16le-nobom.txt").meta().encoding()).isEqualTo("UTF-16LE");
        assertThat(one("en-utf8.txt").meta().fileSha256()).matches("[0-9a-f]{64}");
    }

    @Test
    void datelinesGivePlaceAgencyAndDateAndTheTextGivesTheLanguage() {
        Document seed = one("tass-2019-11-01-lavrov-arms-control.txt");
        assertThat(seed.title()).isEqualTo("US seeking to wreck entire arms control system — Lavrov");
        assertThat(seed.meta().place()).isEqualTo("Moscow");
        assertThat(seed.meta().source()).isEqualTo("TASS");
        assertThat(seed.meta().published().iso()).isEqualTo("2019-11-01");
        assertThat(seed.meta().language()).isEqualTo("en");

        Document ru = one("ru-tass-2019-11-01-cp1251.txt");
        assertThat(ru.meta().place()).isEqualTo("Москва");
        assertThat(ru.meta().source()).isEqualTo("TASS");
        assertThat(ru.meta().published().iso()).isEqualTo("2019-11-01");
        assertThat(ru.meta().language()).isEqualTo("ru");
        assertThat(ru.title()).isEqualTo("Лавров: США стремятся разрушить систему контроля над вооружениями");
        assertThat(one("ru-koi8r.txt").meta().published().iso()).isEqualTo("--11-01");
        assertThat(one("en-utf8.txt").title()).isEqualTo("Lavrov: “We are not concealing anything”");
    }

    @Test
    void webPageKeepsTheArticleAndItsParagraphsOnly() {
        Document page = one("reuters-page.html");
        String text = page.text();
        assertThat(text).startsWith("Russia offers talks on new weapons\n\n");
        assertThat(text).contains("\n\nMOSCOW (Reuters) - Russia is ready to discuss its new weapons with the United States,"
                + " Foreign Minister Sergey Lavrov said on Friday.\n\n");
        assertThat(text).contains("“We are not concealing anything,” Lavrov told reporters, adding that the offer\u00a0stands."
                + "\nHe spoke in Moscow.");
        assertThat(text).contains("🚀").contains("\n\nReaction in Washington\n\nOfficials in Washington did not comment.");
        assertThat(text).doesNotContain("Share on Facebook", "cookies", "Most read", "Subscribe", "All rights reserved",
                "Advertisement", "Related:", "tracking", "© Photo", "Reporting by", "Business", "By Jane Doe");
        assertThat(page.title()).isEqualTo("Russia offers talks on new weapons");
        assertThat(page.meta().author()).isEqualTo("Jane Doe");
        assertThat(page.meta().url()).isEqualTo("https://example.org/world/russia-offers-talks/");
        assertThat(page.meta().source()).isEqualTo("Example Wire");
        assertThat(page.meta().published().iso()).isEqualTo("2019-11-01");
        assertThat(page.meta().language()).isEqualTo("en");
        assertThat(page.meta().place()).isEqualTo("Moscow");
        assertThat(one("deep.html").text()).contains("Deep text");

        Document ria = one("ria-1251.htm");
        assertThat(ria.meta().encoding()).isEqualTo("windows-1251");
        assertThat(ria.text()).isEqualTo("Лавров о диалоге\n\n" + RU_STORED.lines().skip(2).findFirst().orElseThrow());
        assertThat(ria.title()).isEqualTo("Лавров о диалоге");
        assertThat(ria.meta().place()).isEqualTo("Москва");
        assertThat(ria.meta().language()).isEqualTo("ru");
    }

    @Test
    void pdfDocxAndRtfGiveParagraphs() {
        Document pdf = one("statement.pdf");
        assertThat(pdf.text()).isEqualTo("GENEVA, 3 May (AFP) - The ministry said the negotiations on strategic stability would"
                + " resume.\n\nA second paragraph follows here.");
        assertThat(pdf.title()).isEqualTo("Statement on strategic stability");
        assertThat(pdf.meta().place()).isEqualTo("Geneva");
        assertThat(pdf.meta().source()).isEqualTo("AFP");
        assertThat(pdf.meta().published().iso()).isEqualTo("2019-05-03"); // the year from the PDF's creation date

        Document docx = one("briefing.docx");
        assertThat(docx.text()).isEqualTo("Briefing by the spokeswoman\n\nWASHINGTON (AP) — The State Department said talks would"
                + " continue.\n\n“We remain committed,” the spokeswoman said.");
        assertThat(docx.title()).isEqualTo("Briefing by the spokeswoman");
        assertThat(docx.meta().source()).isEqualTo("AP");
        assertThat(docx.meta().place()).isEqualTo("Washington");

        Document rtf = one("note.rtf");
        assertThat(rtf.text()).isEqualTo("Diplomatic note\n\nBEIJING, Nov. 1 (Xinhua) -- China called for restraint.");
        assertThat(rtf.meta().source()).isEqualTo("Xinhua");
        assertThat(rtf.meta().place()).isEqualTo("Beijing");
    }

    @Test
    void csvAndJsonlRowsBecomeDocumentsWithTheirColumns() {
        List<Document> rows = byFile.get("articles.csv");
        assertThat(rows).hasSize(2);
        Document a = rows.get(0);
        assertThat(a.title()).isEqualTo("Lavrov: dialogue possible");
        assertThat(a.text()).isEqualTo("MOSCOW, November 1. /TASS/. Moscow is open to dialogue, Lavrov said.\n\nHe added: \"We are ready.\"");
        assertThat(a.meta().published().iso()).isEqualTo("2019-11-01");
        assertThat(a.meta().source()).isEqualTo("TASS");
        assertThat(a.meta().url()).isEqualTo("https://example.org/1");
        assertThat(a.meta().place()).isEqualTo("Moscow");
        assertThat(a.meta().extra()).containsEntry("id", "1").containsEntry("section", "world");
        assertThat(rows.get(1).meta().published().iso()).isEqualTo("2019-11-02");
        assertThat(rows.get(1).meta().source()).isEqualTo("Reuters");

        Document j = one("scraped.jsonl");
        assertThat(j.title()).isEqualTo("UN vote on resolution");
        assertThat(j.meta().place()).isEqualTo("United Nations");
        assertThat(j.meta().source()).isEqualTo("Xinhua");
        assertThat(j.meta().published().iso()).isEqualTo("2019-10-04");
    }

    @Test
    void nexisExportIsSplitWithItsHeadersAsMetadata() {
        List<Document> docs = byFile.get("nexis-export.txt");
        assertThat(docs).hasSize(2);
        Document a = docs.get(0);
        assertThat(a.title()).isEqualTo("Russia and US trade accusations over arms control");
        assertThat(a.text()).isEqualTo("Russia and US trade accusations over arms control\n\nMOSCOW, November 1. /TASS/. Russia accused"
                + " the United States of seeking to wreck the arms control system.\n\nThe Kremlin said the talks would continue.");
        assertThat(a.meta().source()).isEqualTo("The Moscow Times");
        assertThat(a.meta().author()).isEqualTo("Ivan Petrov");
        assertThat(a.meta().published().iso()).isEqualTo("2019-11-01");
        assertThat(a.meta().place()).isEqualTo("Moscow");
        assertThat(a.meta().extra()).containsEntry("Section", "NEWS; Pg. 3").containsEntry("Length", "212 words")
                .containsEntry("Load-Date", "November 2, 2019");
        Document b = docs.get(1);
        assertThat(b.title()).isEqualTo("NATO ministers discuss missile threat");
        assertThat(b.meta().source()).isEqualTo("Agence France-Presse -- English");
        assertThat(b.meta().published().iso()).isEqualTo("2019-11-03");
        assertThat(b.meta().place()).isEqualTo("Brussels");
        assertThat(b.meta().extra()).containsEntry("Dateline", "BRUSSELS");
    }
}
