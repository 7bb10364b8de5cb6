package org.parley.core.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * Plain text and Markdown in any common encoding ({@link TextDecoding}): stored as decoded, BOM removed
 * and line breaks made LF, nothing else changed. A YAML header ({@link FrontMatter}) gives the metadata and is
 * left out of the stored text. A text holding several articles of a database export is split by
 * {@link ArticleExport}.
 */
public final class PlainTextImporter implements Importer {
    private final ImportOptions options;

    public PlainTextImporter(ImportOptions options) {
        this.options = options;
    }

    public PlainTextImporter() {
        this(ImportOptions.DEFAULT);
    }

    @Override
    public boolean accepts(SourceFile file) {
        String n = file.name().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".text") || n.endsWith(".markdown");
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        TextDecoding.Decoded decoded = TextDecoding.decode(file.bytes());
        String text = StoredText.of(decoded.text());
        if (text.isBlank()) {
            throw new ImportException("the file holds only white space");
        }
        DocumentMeta base = new DocumentMeta(null, null, null, null, null, null, null, file.name(), file.sha256(),
                decoded.charset(), Map.of());
        FrontMatter header = FrontMatter.of(text);
        if (header == null) {
            return ArticleExport.documents(text, base, options, 0);
        }
        if (header.body().isBlank()) {
            throw new ImportException("the file holds a YAML header and no text after it");
        }
        return ArticleExport.documents(header.body(), header.into(base), options, DateText.year(header.date()));
    }
}
