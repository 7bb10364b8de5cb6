package org.parley.core.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parley.core.model.Annotation;

/**
 * {@code csv}: one row per claim ({@link ClaimColumns}), RFC 4180: comma separated, CRLF between
 * records, a field holding a comma, quotation mark, CR or LF enclosed in quotation marks with inner
 * quotation marks doubled, so quotes with line breaks survive. UTF-8; with {@code bom} a byte order mark
 * first, which Excel needs to read UTF-8 (pandas and R skip it with encoding "utf-8-sig" / "UTF-8-BOM").
 */
public final class CsvExporter implements ExportWriter {
    private final boolean bom;

    public CsvExporter(boolean bom) {
        this.bom = bom;
    }

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        ClaimColumns columns = new ClaimColumns(source.codebook());
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16)) {
            if (bom) {
                w.write('\uFEFF');
            }
            record(w, columns.header());
            source.forEach(row -> {
                for (Annotation c : row.claims()) {
                    record(w, columns.row(row.document(), c));
                }
            });
        }
        return Written.file(out);
    }

    static void record(Writer w, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            field(w, String.valueOf(cells.get(i)));
        }
        w.write("\r\n");
    }

    static void field(Writer w, String s) throws IOException {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char ch = s.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            w.write(s);
            return;
        }
        w.write('"');
        w.write(s.replace("\"", "\"\""));
        w.write('"');
    }
}
