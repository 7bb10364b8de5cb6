package org.parley.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** PDFs made with PDFBox the way OCR tools and two-column layouts write them. */
class PdfReadingOrderTest {
    /** One text run: where it is drawn and what it says. */
    private record Run(float x, float y, String text) {
    }

    private static String read(Run... runs) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                for (Run r : runs) { // drawn in the order given, as the file would
                    cs.beginText();
                    cs.newLineAtOffset(r.x(), r.y());
                    cs.showText(r.text());
                    cs.endText();
                }
            }
            doc.save(out);
            return new PdfImporter().read(new SourceFile(Path.of("scan.pdf"), out.toByteArray())).get(0).text();
        }
    }

    @Test
    void anOcrScansRunsDrawnOutOfOrderComeOutInReadingOrder() throws Exception {
        String text = read(new Run(232, 700, "relating to the non-first-use"), new Run(72, 686, "confirm the obligation"),
                new Run(72, 700, "The participating States"), new Run(182, 686, "of nuclear weapons."),
                new Run(72, 650, "Second paragraph of the treaty."));
        assertThat(text).isEqualTo("The participating States relating to the non-first-use confirm the obligation of nuclear weapons."
                + "\n\nSecond paragraph of the treaty.");
    }

    @Test
    void twoColumnsAreReadOneAfterTheOtherUnderATitleAcrossBoth() throws Exception {
        Run[] runs = new Run[17];
        runs[0] = new Run(72, 730, "A title that runs across both of the columns of this page");
        for (int i = 0; i < 8; i++) { // each row's right column is drawn first, as sorting by position would mix them
            runs[1 + 2 * i] = new Run(320, 700 - 12 * i, "right line " + (i + 1) + " of the column");
            runs[2 + 2 * i] = new Run(72, 700 - 12 * i, "left line " + (i + 1) + " of the column");
        }
        String text = read(runs);
        StringBuilder left = new StringBuilder();
        StringBuilder right = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            left.append(i == 1 ? "" : " ").append("left line ").append(i).append(" of the column");
            right.append(i == 1 ? "" : " ").append("right line ").append(i).append(" of the column");
        }
        assertThat(text).isEqualTo("A title that runs across both of the columns of this page\n\n" + left + "\n\n" + right);
    }

    @Test
    void onlyLineBreakHyphensAreJoined() throws Exception {
        String text = read(new Run(72, 700, "The well-known treaty was signed after long nego-"), new Run(72, 688, "tiations in a"),
                new Run(72, 676, "spirit the well-"), new Run(72, 664, "known diplomats praised, and the Anglo-"),
                new Run(72, 652, "American side too."));
        assertThat(text).isEqualTo("The well-known treaty was signed after long negotiations in a spirit the well-known diplomats"
                + " praised, and the Anglo-American side too.");
    }

    @Test
    void softHyphensAreRemovedAndJoinTheirWord() {
        assertThat(LaidOutText.paragraphs(new String[] {"the nego\u00ADtia\u00AD\ntions went on"}))
                .isEqualTo("the negotiations went on");
    }

    @Test
    void aPageWithoutTextSaysToRunOcr() {
        org.assertj.core.api.Assertions.assertThatThrownBy(PdfReadingOrderTest::read).hasMessage("no text layer: run OCR first");
    }
}
