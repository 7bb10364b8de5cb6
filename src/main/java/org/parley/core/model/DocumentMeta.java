package org.parley.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What is known about a document besides its text. Every field may be null except {@code extra},
 * which holds further header fields (for example from a LexisNexis export) by name.
 */
public record DocumentMeta(
        String title,
        String source,
        String author,
        String url,
        PartialDate published,
        String place,
        String language,
        String fileName,
        String fileSha256,
        String encoding,
        Map<String, String> extra) {

    public DocumentMeta {
        title = blankToNull(title);
        source = blankToNull(source);
        author = blankToNull(author);
        url = blankToNull(url);
        place = blankToNull(place);
        language = blankToNull(language);
        fileName = blankToNull(fileName);
        encoding = blankToNull(encoding);
        if (fileSha256 != null && !isSha256(fileSha256)) {
            throw new IllegalArgumentException("not a lower-case SHA-256: " + fileSha256);
        }
        extra = extra == null || extra.isEmpty() ? Map.of() : Map.copyOf(new TreeMap<>(extra));
    }

    public static DocumentMeta titled(String title) {
        return new DocumentMeta(title, null, null, null, null, null, null, null, null, null, Map.of());
    }

    public DocumentMeta withTitle(String t) {
        return new DocumentMeta(t, source, author, url, published, place, language, fileName, fileSha256, encoding, extra);
    }

    public DocumentMeta withFile(String name, String sha256) {
        return new DocumentMeta(title, source, author, url, published, place, language, name, sha256, encoding, extra);
    }

    /** 64 lower-case hex digits (a loop: String.matches would compile its pattern for every document). */
    private static boolean isSha256(String s) {
        if (s.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
