package org.parley.core.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files of each format, made by the real libraries so the importers read what users' tools write. */
final class TestFiles {
    private TestFiles() {
    }

    /** A one-page PDF: lines at 14 pt, paragraphs 30 pt apart; "nego-" / "tiations" is broken at a line end. */
    static void pdf(Path file, String title, boolean encrypted, String[]... paragraphs) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                float y = 720;
                for (String[] para : paragraphs) {
                    for (String line : para) {
                        cs.beginText();
                        cs.newLineAtOffset(72, y);
                        cs.showText(line);
                        cs.endText();
                        y -= 14;
                    }
                    y -= 16;
                }
                if (paragraphs.length == 0) {
                    cs.addRect(72, 500, 300, 200); // a "scan": marks on the page, no text
                    cs.fill();
                }
            }
            doc.getDocumentInformation().setTitle(title);
            java.util.Calendar created = java.util.Calendar.getInstance();
            created.set(2019, java.util.Calendar.MAY, 3);
            doc.getDocumentInformation().setCreationDate(created);
            if (encrypted) {
                StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
                p.setEncryptionKeyLength(128);
                doc.protect(p);
            }
            doc.save(file.toFile());
        }
    }

    static void docx(Path file, String title, String... paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.getProperties().getCoreProperties().setTitle(title);
            doc.write(out);
        }
    }

    /** A zip whose one part inflates from a few KB to 60 MB: what a zip bomb looks like to POI. */
    static void zipBomb(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 60; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        Files.write(file, bytes.toByteArray());
    }

    static void rtf(Path file, String... paragraphs) throws IOException {
        StringBuilder sb = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 ");
        for (String p : paragraphs) {
            sb.append(p.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")).append("\\par\n");
        }
        sb.append('}');
        Files.writeString(file, sb, StandardCharsets.US_ASCII);
    }

    /** Divs nested {@code depth} deep around one sentence. */
    static void deepHtml(Path file, int depth) throws IOException {
        StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><body>");
        sb.append("<div>".repeat(depth)).append("<p>Deep text that is long enough to count as a paragraph of the article.</p>")
                .append("</div>".repeat(depth)).append("</body></html>");
        Files.writeString(file, sb);
    }
}
