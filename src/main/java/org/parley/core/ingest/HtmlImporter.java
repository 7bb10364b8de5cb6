package org.parley.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * Web pages: the article ({@link PageText}: Mozilla Readability's algorithm, our rules where it finds
 * nothing) with its paragraphs, or with {@link ImportOptions#wholePage()} the page's whole visible text;
 * and the page's own metadata ({@link PageMetadata}). A page is refused only when it has no text at all.
 * Chosen by extension or by a page that starts like HTML.
 */
public final class HtmlImporter implements Importer {
    private final ImportOptions options;

    public HtmlImporter(ImportOptions options) {
        this.options = options;
    }

    public HtmlImporter() {
        this(ImportOptions.DEFAULT);
    }

    private static final Pattern DECLARED = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)");

    @Override
    public boolean accepts(SourceFile file) {
        String n = file.name().toLowerCase(Locale.ROOT);
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return true;
        }
        String head = new String(file.bytes(), 0, Math.min(file.bytes().length, 512), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3);
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** The charset a page names in its first 4 KB ({@code <meta charset>} or http-equiv Content-Type), or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(file.bytes(), declaredCharset(file.bytes()));
        String text;
        PageMetadata pm;
        try {
            Document page = Jsoup.parse(decoded.text(), "", Parser.htmlParser());
            pm = PageMetadata.of(page); // before the extractor, which changes the page as it goes
            text = StoredText.of(options.wholePage() ? ArticleBody.wholePage(page) : PageText.article(page, decoded.text(), pm.url()));
        } catch (StackOverflowError e) {
            throw new ImportException("the page's HTML is nested too deeply to read");
        }
        if (text.isBlank()) {
            throw new ImportException("the page has no text");
        }
        DocumentMeta meta = new DocumentMeta(pm.title(), pm.siteName(), pm.author(), pm.url(),
                DateText.parse(pm.published()), null, pm.language(), file.name(), file.sha256(), decoded.charset(), Map.of());
        return List.of(new NewDocument(text, MetadataExtractor.complete(text, meta, DateText.year(pm.published()))));
    }
}
