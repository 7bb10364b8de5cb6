package org.parley.core.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Decodes the bytes of a text file, guessing its encoding: a BOM first; then UTF-16 without a BOM
 * (NUL bytes on every other position); then strict UTF-8; then, for single-byte files, Cyrillic
 * (windows-1251 or KOI8-R, told apart by letter case) or Western (windows-1252), with ICU4J's detector
 * for what those rules do not settle. The charset name is recorded with the document.
 */
public final class TextDecoding {
    /** Decoded text (BOM kept, line breaks untouched) and the charset it was read as. */
    public record Decoded(String text, String charset) {
    }

    private static final Set<String> CYRILLIC = Set.of("windows-1251", "KOI8-R", "ISO-8859-5", "IBM866");
    private static final int SAMPLE = 64 * 1024;
    /** Binary files show NUL and control bytes at once; text files are checked this far. */
    private static final int BINARY_SAMPLE = 8 * 1024;

    private TextDecoding() {
    }

    public static Decoded decode(byte[] b) throws ImportException {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(b, StandardCharsets.UTF_8, "UTF-8 (with BOM)"), "UTF-8");
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Decoded(strict(b, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE");
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Decoded(strict(b, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE");
        }
        String utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            Charset cs = Charset.forName(utf16);
            return new Decoded(strict(b, cs, utf16), utf16);
        }
        refuseBinary(b);
        String utf8Text = utf8OrNull(b);
        if (utf8Text != null) {
            return new Decoded(utf8Text, "UTF-8");
        }
        Utf8Check utf8 = Utf8Check.of(b);
        if (utf8.multiByteSequences() > 0) {
            // Real UTF-8 sequences beside invalid bytes: a damaged or mixed file, not a legacy encoding.
            throw new ImportException("invalid UTF-8 byte sequence at byte " + utf8.firstError()
                    + " (the file mixes encodings or is damaged)");
        }
        String charset = singleByteCharset(b);
        return new Decoded(strict(b, Charset.forName(charset), charset), charset);
    }

    /**
     * Decodes with the charset a file declares (an HTML page's {@code <meta charset>}) unless a BOM or valid
     * UTF-8 says otherwise; an unknown or wrong declaration falls back to {@link #decode}.
     */
    public static Decoded decode(byte[] b, String declared) throws ImportException {
        if (declared == null || !supported(declared) || startsWith(b, 0xEF, 0xBB, 0xBF) || startsWith(b, 0xFF, 0xFE)
                || startsWith(b, 0xFE, 0xFF)) {
            return decode(b);
        }
        Charset cs = Charset.forName(declared);
        if (cs.equals(StandardCharsets.UTF_8) || utf8OrNull(b) != null) {
            return decode(b);
        }
        refuseBinary(b);
        try {
            return new Decoded(strict(b, cs, cs.name()), cs.name());
        } catch (ImportException e) {
            return decode(b); // the declaration was wrong; guess instead
        }
    }

    /** A page may declare any string as its charset; an illegal name is no declaration. */
    private static boolean supported(String name) {
        try {
            return Charset.isSupported(name);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String utf8OrNull(byte[] b) {
        // The JDK's own decoding is fastest; it marks bad bytes with U+FFFD, so text without one was valid UTF-8
        // (a Latin-1-only result cannot hold U+FFFD: that check costs nothing for ASCII text).
        String fast = new String(b, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String singleByteCharset(byte[] b) {
        int letters = 0;
        int highLetters = 0;
        int upperHalf = 0;
        int lowerHalf = 0;
        int n = Math.min(b.length, SAMPLE);
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0xC0) {
                highLetters++;
                letters++;
                if (v >= 0xE0) {
                    upperHalf++;
                } else {
                    lowerHalf++;
                }
            } else if (Character.isLetter(v)) {
                letters++;
            }
        }
        if (letters > 0 && highLetters * 100 / letters >= 30) {
            // Cyrillic text is mostly lower case: windows-1251 puts lower case in E0-FF, KOI8-R in C0-DF.
            return upperHalf >= lowerHalf ? "windows-1251" : "KOI8-R";
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(n == b.length ? b : java.util.Arrays.copyOf(b, n));
        for (CharsetMatch m : detector.detectAll()) {
            String name = m.getName();
            if (m.getConfidence() >= 60 && !CYRILLIC.contains(name) && Charset.isSupported(name)
                    && !name.startsWith("UTF") && !name.startsWith("ISO-8859-1") && !name.startsWith("windows-125")) {
                return name;
            }
            if (m.getConfidence() < 60) {
                break;
            }
        }
        // ISO-8859-1 and windows-1252 agree on every printable byte; 1252 also reads 80-9F (curly quotes, dashes).
        return hasC1(b, n) ? "windows-1252" : "ISO-8859-1";
    }

    private static boolean hasC1(byte[] b, int n) {
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v >= 0x80 && v < 0xA0) {
                return true;
            }
        }
        return false;
    }

    /** Many NUL bytes on even (big-endian) or odd (little-endian) positions: UTF-16 text without a BOM. */
    private static String utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, SAMPLE) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenNul++;
            }
            if (b[i + 1] == 0) {
                oddNul++;
            }
        }
        int pairs = n / 2;
        // Spaces and ASCII put NULs on one side of every pair (even Cyrillic text has them); binary files scatter them.
        if (oddNul * 20 > pairs && evenNul * 50 <= oddNul) {
            return "UTF-16LE";
        }
        if (evenNul * 20 > pairs && oddNul * 50 <= evenNul) {
            return "UTF-16BE";
        }
        return null;
    }

    private static void refuseBinary(byte[] b) throws ImportException {
        int n = Math.min(b.length, BINARY_SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                throw new ImportException("binary data, not text (a NUL byte at " + i + ")");
            }
            if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x1B) {
                controls++;
            }
        }
        if (controls * 100 > n) {
            throw new ImportException("binary data, not text (" + controls + " control bytes in the first " + n + ")");
        }
    }

    private static String strict(byte[] b, Charset cs, String label) throws ImportException {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String s = d.decode(ByteBuffer.wrap(b)).toString();
            if (s.indexOf('\0') >= 0) {
                throw new ImportException("binary data, not text (NUL characters in " + label + ")");
            }
            return s;
        } catch (CharacterCodingException e) {
            throw new ImportException("not valid " + label + " text (" + e.getMessage() + ")", e);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
