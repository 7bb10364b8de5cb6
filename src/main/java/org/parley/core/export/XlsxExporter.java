package org.parley.core.export;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.parley.core.model.Annotation;

/**
 * {@code xlsx}: the csv columns ({@link ClaimColumns}) in one worksheet "claims", ids and offsets as
 * numbers. Written with fastexcel, which streams rows to the file as they are flushed. A cell holds at
 * most {@value #CELL_LIMIT} characters (Excel's limit): a longer quote or memo is cut there and the
 * export says how many were cut; the csv and jsonl exports carry them whole. A worksheet holds at most
 * {@value #MAX_ROWS} rows, so a larger export continues on further worksheets.
 */
public final class XlsxExporter implements ExportWriter {
    static final int CELL_LIMIT = 32_767;
    /** Rows in a worksheet (Excel's limit); further claims continue on "claims 2", "claims 3" ... */
    static final int MAX_ROWS = 1_048_576;
    private static final int FLUSH_EVERY = 1000;

    private static Worksheet sheet(Workbook wb, String name, List<String> header) {
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < header.size(); c++) {
            ws.value(0, c, header.get(c));
            ws.style(0, c).bold().set();
        }
        return ws;
    }

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        ClaimColumns columns = new ClaimColumns(source.codebook());
        int[] n = {1, 0, 1}; // next row, cells cut, worksheets
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Workbook wb = new Workbook(os, "Parley", "1.0");
            Worksheet[] sheet = {sheet(wb, "claims", columns.header())};
            source.forEach(row -> {
                for (Annotation claim : row.claims()) {
                    if (n[0] == MAX_ROWS) {
                        sheet[0] = sheet(wb, "claims " + (++n[2]), columns.header());
                        n[0] = 1;
                    }
                    Worksheet ws = sheet[0];
                    List<Object> cells = columns.row(row.document(), claim);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number num) {
                            ws.value(n[0], c, num);
                        } else {
                            String s = (String) v;
                            if (s.length() > CELL_LIMIT) {
                                s = s.substring(0, Character.isHighSurrogate(s.charAt(CELL_LIMIT - 1)) ? CELL_LIMIT - 1 : CELL_LIMIT);
                                n[1]++;
                            }
                            ws.value(n[0], c, s);
                        }
                    }
                    if (++n[0] % FLUSH_EVERY == 0) {
                        ws.flush();
                    }
                }
            });
            wb.finish();
        }
        List<String> notes = n[1] == 0 ? List.of()
                : List.of(n[1] + " cell(s) longer than " + CELL_LIMIT + " characters were cut to fit Excel");
        return Written.file(out, notes);
    }
}
