package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.core.store.NewDocument;

/** RTF as Word and WordPad write it: code pages, Unicode escapes, special characters, skipped destinations. */
class RtfImporterTest {
    private static NewDocument read(String resource) throws Exception {
        byte[] bytes;
        try (InputStream in = RtfImporterTest.class.getResourceAsStream("/ingest/rtf/" + resource)) {
            bytes = in.readAllBytes();
        }
        return read(resource, bytes);
    }

    private static NewDocument read(String name, byte[] bytes) throws Exception {
        RtfImporter rtf = new RtfImporter(ImportOptions.DEFAULT);
        SourceFile file = new SourceFile(Path.of(name), bytes);
        assertThat(rtf.accepts(file)).isTrue();
        List<NewDocument> docs = rtf.read(file);
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    private static NewDocument parse(String rtf) throws Exception {
        return read("x.rtf", rtf.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void russianInCodePage1251IsDecodedNotMojibake() throws Exception {
        NewDocument doc = read("ru-cp1251.rtf");
        assertThat(doc.text()).isEqualTo("Лавров о контроле над вооружениями\n\n"
                + "МОСКВА, 1 ноября. /ТАСС/. Россия не отказывается от диалога с Вашингтоном, заявил Сергей Лавров.\n"
                + "«Мы ничего не скрываем», — подчеркнул он. ТАСС");
        assertThat(doc.text()).doesNotContain("Ì").doesNotContain("Колонтитул").doesNotContain("HYPERLINK");
        assertThat(doc.meta().title()).isEqualTo("Лавров о контроле над вооружениями");
        assertThat(doc.meta().author()).isEqualTo("ТАСС");
    }

    @Test
    void englishKeepsCurlyQuotesDashesSpacesAndTables() throws Exception {
        NewDocument doc = read("en-quotes.rtf");
        assertThat(doc.text()).isEqualTo("Lavrov: “We are not concealing anything”\n\n"
                + "MOSCOW, November 1. /TASS/. Russia\u00a0is ready — the minister said\n"
                + "“Washington hasn’t replied,”  he added.\n"
                + "Café talks\tresumed\n"
                + "Treaty\tNew START\n"
                + "Signed in 2010.");
    }

    @Test
    void eachFontDecodesInItsOwnCharset() throws Exception {
        String rtf = "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0\\fcharset0 Arial;}{\\f1\\fcharset204 Arial Cyr;}{\\f2\\fcharset238 Arial CE;}}"
                + "\\f0 Caf\\'e9 {\\f1 \\'cc\\'ee\\'f1\\'ea\\'e2\\'e0} \\f2 \\'8a\\'e8\\'9a\\par}";
        assertThat(parse(rtf).text()).isEqualTo("Café Москва Ščš");
    }

    @Test
    void unicodeEscapesSkipTheirFallbackAsUcSays() throws Exception {
        // uc2: two fallback characters; negative values are UTF-16 units above 32767; a surrogate pair is two escapes
        // a lone surrogate (a broken pair) becomes U+FFFD
        String rtf = "{\\rtf1\\ansi{\\uc2\\u1052\\'cc\\'cc\\u1086??}\\u-10179?\\u-8704?\\u-10179?x\\par}";
        assertThat(parse(rtf).text()).isEqualTo("Мо\ud83d\ude00\ufffdx");
    }

    @Test
    void skippedDestinationsLeaveNoText() throws Exception {
        String rtf = "{\\rtf1\\ansi{\\*\\unknowndest secret}{\\stylesheet{\\s1 Heading;}}{\\footnote note}"
                + "{\\pict\\pngblip 89504e47}{\\*\\shppict x}Text{\\bin3 {}}\\-ed\\par}";
        assertThat(parse(rtf).text()).isEqualTo("Texted");
    }

    @Test
    void refusesWhatIsNotRtfOrHasNoText() {
        RtfImporter rtf = new RtfImporter(ImportOptions.DEFAULT);
        assertThatThrownBy(() -> rtf.read(new SourceFile(Path.of("a.rtf"), "plain text".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(ImportException.class).hasMessage("not an RTF file (it does not start with {\\rtf)");
        assertThatThrownBy(() -> rtf.read(new SourceFile(Path.of("a.rtf"), "{\\rtf1{\\fonttbl{\\f0 Arial;}}}".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(ImportException.class).hasMessage("the RTF file has no text");
        assertThatThrownBy(() -> rtf.read(new SourceFile(Path.of("a.rtf"), "{\\rtf1\\ansicpg4242 x}".getBytes(StandardCharsets.US_ASCII))))
                .isInstanceOf(ImportException.class).hasMessageContaining("code page 4242, which Parley cannot decode");
        byte[] deep = ("{\\rtf1 " + "{".repeat(100_000) + "x").getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> rtf.read(new SourceFile(Path.of("a.rtf"), deep)))
                .isInstanceOf(ImportException.class).hasMessageContaining("nested too deeply");
    }
}
