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
        if (fileSha256 != null && !fileSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a lower-case SHA-256: " + fileSha256);
        }
        extra = extra == null ? Map.of() : Map.copyOf(new TreeMap<>(extra));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
