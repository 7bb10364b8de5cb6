package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * Many articles in one text, as LexisNexis, Nexis Uni and Factiva export them: split on separator
 * lines ("End of Document" after each article, "Document 3 of 120" before each, Factiva's
 * "Document LBA0000020191101efb1000xx" after each, or the user's own pattern), each part read by
 * {@link ExportedArticle}. A text with no separator line is one document.
 */
public final class ArticleExport {
    private static final Pattern END = Pattern.compile("\\s*(End of Document|Document [A-Za-z0-9]{20,30})\\s*");
    private static final Pattern START = Pattern.compile("\\s*Document \\d+ of \\d+\\s*");

    private ArticleExport() {
    }

    /** The documents in {@code text} (LF line ends), each with metadata completed from its own text. */
    public static List<NewDocument> documents(String text, DocumentMeta base, ImportOptions options, int yearHint)
            throws ImportException {
        List<String> parts = split(text, options.separator());
        if (parts == null) {
            return List.of(new NewDocument(text, MetadataExtractor.complete(text, base, yearHint)));
        }
        List<NewDocument> out = new ArrayList<>();
        for (String part : parts) {
            ExportedArticle a = ExportedArticle.read(part, base);
            if (a != null) {
                out.add(new NewDocument(a.text(), MetadataExtractor.complete(a.text(), a.meta(), yearHint)));
            }
        }
        if (out.isEmpty()) {
            throw new ImportException("the export holds separators but no article text");
        }
        return out;
    }

    /** The parts between separator lines, or null when the text has none. */
    static List<String> split(String text, Pattern custom) {
        if (custom == null && !text.contains("Document ") && !text.contains("End of Document")) {
            return null; // every known separator has this word: most texts are settled without a line scan
        }
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean found = false;
        int from = 0;
        while (from <= text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(from, end);
            boolean separator = custom != null ? custom.matcher(line).matches()
                    : END.matcher(line).matches() || START.matcher(line).matches();
            if (separator) {
                found = true;
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
            from = end + 1;
        }
        parts.add(current.toString());
        if (!found) {
            return null;
        }
        parts.removeIf(String::isBlank);
        return parts;
    }
}
