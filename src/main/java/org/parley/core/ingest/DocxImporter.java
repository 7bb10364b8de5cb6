package org.parley.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.parley.core.model.DocumentMeta;
import org.parley.core.store.NewDocument;

/**
 * Word documents (POI XWPF): body paragraphs and tables in order, each paragraph one paragraph of the
 * text (a blank line between), table rows as lines with cells joined by a tab; headers, footers,
 * footnotes and comments are left out. Zip bombs are refused by POI's ZipSecureFile limits. A Word
 * file holding a database export is split like a text export ({@link ArticleExport}).
 */
public final class DocxImporter implements Importer {
    /** A part that inflates more than 100 times its compressed size is treated as a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;

    private final ImportOptions options;

    public DocxImporter(ImportOptions options) {
        this.options = options;
    }

    @Override
    public boolean accepts(SourceFile file) {
        byte[] b = file.bytes();
        boolean zip = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        String n = file.name().toLowerCase(Locale.ROOT);
        return n.endsWith(".docx") || n.endsWith(".docm") || zip && n.endsWith(".doc");
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        // POI keeps these limits in static fields; setting the same values every time keeps them ours.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        byte[] b = file.bytes();
        if (!(b.length >= 4 && b[0] == 'P' && b[1] == 'K')) {
            throw new ImportException("not a Word .docx file (it is not a zip package)");
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(b))) {
            List<String> blocks = new ArrayList<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    add(blocks, p.getText());
                } else if (e instanceof XWPFTable t) {
                    List<String> rows = new ArrayList<>();
                    for (XWPFTableRow r : t.getRows()) {
                        rows.add(String.join("\t", r.getTableCells().stream().map(c -> c.getText().strip()).toList()));
                    }
                    add(blocks, String.join("\n", rows));
                }
            }
            String text = String.join("\n\n", blocks);
            if (text.isBlank()) {
                throw new ImportException("the document has no text");
            }
            POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
            Date created = core.getCreated();
            int year = 0;
            if (created != null) {
                Calendar c = Calendar.getInstance();
                c.setTime(created);
                year = c.get(Calendar.YEAR);
            }
            DocumentMeta base = new DocumentMeta(Headline.usable(core.getTitle()), null, core.getCreator(), null, null, null, null,
                    file.name(), file.sha256(), null, Map.of());
            return ArticleExport.documents(text, base, options, year);
        } catch (NotOfficeXmlFileException e) {
            throw new ImportException("not a valid .docx (" + e.getMessage() + ")");
        } catch (IOException | RuntimeException e) {
            throw new ImportException(reason(e), e);
        }
    }

    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("DOCTYPE")) {
            return "its Word XML declares a DOCTYPE (external entities are never resolved): refused";
        }
        if (m.contains("Zip bomb") || m.contains("zip bomb") || m.contains("exceed") && m.contains("size")
                || m.contains("Tried to allocate an array")) {
            return "refused as a possible zip bomb (a part expands more than 100 times, or beyond 200 MB)";
        }
        // the library's own words, without the Java class names it puts in front of them
        String words = m.lines().findFirst().orElse(m).replaceAll("(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_]*(?:Exception|Error):\\s*", "");
        return "not a readable .docx (broken zip or Word XML: " + words + ")";
    }

    private static void add(List<String> blocks, String text) {
        String t = StoredText.of(text);
        if (!t.isBlank()) {
            blocks.add(t.strip());
        }
    }
}
