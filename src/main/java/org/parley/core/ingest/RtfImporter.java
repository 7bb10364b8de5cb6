package org.parley.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * RTF through the JDK's RTFEditorKit (no window needed): each RTF paragraph ({@code \par}) is one line,
 * empty paragraphs are blank lines, trailing spaces of a line are dropped. A database export in RTF is
 * split like a text export ({@link ArticleExport}).
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
        DefaultStyledDocument doc = new DefaultStyledDocument();
        String raw;
        try {
            new RTFEditorKit().read(new ByteArrayInputStream(file.bytes()), doc, 0);
            raw = doc.getText(0, doc.getLength());
        } catch (IOException | BadLocationException | RuntimeException e) {
            throw new ImportException("not a readable RTF file (" + e.getMessage() + ")", e);
        }
        List<String> lines = new ArrayList<>();
        for (String line : org.parley.core.text.LineBreaks.normalise(raw).split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        String text = String.join("\n", lines).strip();
        if (text.isEmpty()) {
            throw new ImportException("the RTF file has no text");
        }
        DocumentMeta base = new DocumentMeta(null, null, null, null, null, null, null, file.name(), file.sha256(), null, Map.of());
        return ArticleExport.documents(text, base, options, 0);
    }
}
