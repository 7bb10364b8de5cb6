package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * RTF through {@link RtfText} (code pages, Unicode escapes and skipped destinations as the RTF
 * specification defines them): each RTF paragraph ({@code \par}) is one line, empty paragraphs are blank
 * lines, trailing spaces of a line are dropped. Title and author come from {@code \info}. A database
 * export in RTF is split like a text export ({@link ArticleExport}).
 */
public final class RtfImporter implements Importer {
    private final ImportOptions options;

    public RtfImporter(ImportOptions options) {
        this.options = options;
    }

    @Override
    public boolean accepts(SourceFile file) {
        byte[] b = file.bytes();
        return b.length >= 5 && b[0] == '{' && b[1] == '\\' && b[2] == 'r' && b[3] == 't' && b[4] == 'f'
                || file.name().toLowerCase(Locale.ROOT).endsWith(".rtf");
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        RtfText.Extracted rtf = RtfText.read(file.bytes());
        List<String> lines = new ArrayList<>();
        for (String line : StoredText.of(rtf.text()).split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            throw new ImportException("the RTF file has no text");
        }
        DocumentMeta base = new DocumentMeta(rtf.title(), null, rtf.author(), null, null, null, null, file.name(), file.sha256(),
                null, Map.of());
        return ArticleExport.documents(text, base, options, 0);
    }
}
