package org.parley.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;
import org.parley.core.text.LineBreaks;

/** Plain text and Markdown in UTF-8: stored as decoded, BOM removed and line breaks made LF. */
public final class PlainTextImporter implements Importer {
    @Override
    public boolean accepts(SourceFile file) {
        String n = file.name().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || n.endsWith(".text") || n.endsWith(".markdown");
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        String text = LineBreaks.normalise(decode(file));
        if (text.isBlank()) {
            throw new ImportException("the file is empty");
        }
        DocumentMeta meta = DocumentMeta.titled(Headline.find(text)).withFile(file.name(), file.sha256());
        meta = new DocumentMeta(meta.title(), null, null, null, null, null, null, meta.fileName(), meta.fileSha256(),
                "UTF-8", null);
        return List.of(new NewDocument(text, meta));
    }

    static String decode(SourceFile file) throws ImportException {
        byte[] b = file.bytes();
        for (int i = 0; i < Math.min(b.length, 8192); i++) {
            if (b[i] == 0) {
                throw new ImportException("binary data, not text (a NUL byte at " + i + ")");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException("not valid UTF-8 text (" + e.getMessage() + ")", e);
        }
    }
}
