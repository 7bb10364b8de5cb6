package org.parley.core.ingest;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * The Java charsets of RTF's code pages ({@code \ansicpgN}, {@code \cpgN}) and font character sets
 * ({@code \fcharsetN}), as the RTF 1.9.1 specification numbers them.
 */
final class RtfCharsets {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<Integer, String> CODE_PAGES = Map.ofEntries(
            Map.entry(437, "IBM437"), Map.entry(850, "IBM850"), Map.entry(852, "IBM852"), Map.entry(866, "IBM866"),
            Map.entry(874, "x-windows-874"), Map.entry(932, "windows-31j"), Map.entry(936, "GBK"),
            Map.entry(949, "x-windows-949"), Map.entry(950, "x-windows-950"), Map.entry(1250, "windows-1250"),
            Map.entry(1251, "windows-1251"), Map.entry(1252, "windows-1252"), Map.entry(1253, "windows-1253"),
            Map.entry(1254, "windows-1254"), Map.entry(1255, "windows-1255"), Map.entry(1256, "windows-1256"),
            Map.entry(1257, "windows-1257"), Map.entry(1258, "windows-1258"), Map.entry(10000, "x-MacRoman"),
            Map.entry(10007, "x-MacCyrillic"), Map.entry(20866, "KOI8-R"), Map.entry(21866, "KOI8-U"),
            Map.entry(28591, "ISO-8859-1"), Map.entry(28592, "ISO-8859-2"), Map.entry(28595, "ISO-8859-5"),
            Map.entry(65001, "UTF-8"));

    /** \fcharset numbers to code pages; 1 (default) and unknown numbers mean the document's code page. */
    private static final Map<Integer, Integer> FONT_CHARSETS = Map.ofEntries(
            Map.entry(0, 1252), Map.entry(2, 1252), Map.entry(77, 10000), Map.entry(128, 932), Map.entry(129, 949),
            Map.entry(134, 936), Map.entry(136, 950), Map.entry(161, 1253), Map.entry(162, 1254), Map.entry(163, 1258),
            Map.entry(177, 1255), Map.entry(178, 1256), Map.entry(186, 1257), Map.entry(204, 1251), Map.entry(222, 874),
            Map.entry(238, 1250), Map.entry(254, 437), Map.entry(255, 850));

    private RtfCharsets() {
    }

    /** The charset of code page {@code n}; a code page Java lacks is refused rather than read as mojibake. */
    static Charset codePage(int n) throws ImportException {
        String name = CODE_PAGES.get(n);
        if (name == null || !Charset.isSupported(name)) {
            throw new ImportException("the RTF file is written in code page " + n + ", which Parley cannot decode;"
                    + " save it as .docx or UTF-8 text and import that");
        }
        return Charset.forName(name);
    }

    /** The charset of a font's {@code \fcharsetN}, or {@code document}'s for 1 and numbers RTF does not define. */
    static Charset fontCharset(int n, Charset document) throws ImportException {
        Integer cp = FONT_CHARSETS.get(n);
        return cp == null ? document : codePage(cp);
    }
}
