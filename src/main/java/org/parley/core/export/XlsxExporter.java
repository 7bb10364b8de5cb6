package org.parley.core.export;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@code xlsx}: the csv columns ({@link ClaimColumns}) in one worksheet "claims", ids and offsets as
 * numbers. Written with fastexcel, which streams rows to the file as they are flushed. A cell holds at
 * most {@value #CELL_LIMIT} characters (Excel's limit): a longer quote or memo is cut there and the
 * export says how many were cut; the csv and jsonl exports carry them whole. A worksheet holds at most
 * {@value #MAX_ROWS} rows, so a larger export continues on further worksheets.
 */
public final class XlsxExporter implements Exporter {
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
    public String name() {
        return "xlsx";
    }

    @Override
    public String extension() {
        return ".xlsx";
    }

    @Override
    public ExportResult write(ExportSource source, Path out) throws Exception {
        ClaimColumns columns = new ClaimColumns(source.codebook());
        int[] n = {0, 0, 0, 0, 1}; // documents, claims, next row, cells cut, worksheets
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            Workbook wb = new Workbook(os, "Parley", "1.0");
            Worksheet[] sheet = {sheet(wb, "claims", columns.header())};
            n[2] = 1;
            source.forEach(row -> {
                for (ClaimRow claim : row.claims()) {
                    if (n[2] == MAX_ROWS) {
                        sheet[0] = sheet(wb, "claims " + (++n[4]), columns.header());
                        n[2] = 1;
                    }
                    Worksheet ws = sheet[0];
                    List<Object> cells = columns.row(row.document(), claim);
                    for (int c = 0; c < cells.size(); c++) {
                        Object v = cells.get(c);
                        if (v instanceof Number num) {
                            ws.value(n[2], c, num);
                        } else {
                            String s = (String) v;
                            if (s.length() > CELL_LIMIT) {
                                s = s.substring(0, Character.isHighSurrogate(s.charAt(CELL_LIMIT - 1)) ? CELL_LIMIT - 1 : CELL_LIMIT);
                                n[3]++;
                            }
                            ws.value(n[2], c, s);
                        }
                    }
                    if (++n[2] % FLUSH_EVERY == 0) {
                        ws.flush();
                    }
                }
                n[0]++;
                n[1] += row.claims().size();
            });
            wb.finish();
        }
        List<String> notes = n[3] == 0 ? List.of()
                : List.of(n[3] + " cell(s) longer than " + CELL_LIMIT + " characters were cut to fit Excel");
        return new ExportResult(n[0], n[1], 0, notes, List.of(out.toString()));
    }
}
