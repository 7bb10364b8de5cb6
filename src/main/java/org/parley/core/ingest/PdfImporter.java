package org.parley.core.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * PDF (PDFBox): the text layer in reading order by position, columns one after the other ({@link PageLayout},
 * not the order the file draws its text in), joined into paragraphs by {@link LaidOutText}. A PDF
 * without a text layer and a password-protected PDF are refused with what to do about it.
 */
public final class PdfImporter implements Importer {
    private static final String PARAGRAPH_END = "\u2029";

    @Override
    public boolean accepts(SourceFile file) {
        byte[] b = file.bytes();
        return b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-';
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        try (PDDocument pdf = Loader.loadPDF(file.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writePage() throws IOException {
                    List<TextPosition> glyphs = new ArrayList<>();
                    getCharactersByArticle().forEach(glyphs::addAll);
                    output.write(PageLayout.text(glyphs, PARAGRAPH_END));
                }
            };
            stripper.setPageEnd(PARAGRAPH_END);
            String raw = stripper.getText(pdf);
            String text = StoredText.of(LaidOutText.paragraphs(raw.split(PARAGRAPH_END)));
            if (text.isBlank()) {
                throw new ImportException("no text layer: run OCR first");
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            Calendar created = info.getCreationDate();
            DocumentMeta meta = new DocumentMeta(Headline.usable(info.getTitle()), null, Headline.usable(info.getAuthor()), null, null, null, null,
                    file.name(), file.sha256(), null, Map.of());
            int year = created == null ? 0 : created.get(Calendar.YEAR);
            return List.of(new NewDocument(text, MetadataExtractor.complete(text, meta, year)));
        } catch (InvalidPasswordException e) {
            throw new ImportException("encrypted PDF (it needs a password) — save an unprotected copy and import that");
        } catch (IOException | RuntimeException e) {
            // PDFBox fails on some damaged files with its own runtime errors (e.g. a broken encryption dictionary)
            throw ImportException.of("not a readable PDF", e);
        }
    }
}
