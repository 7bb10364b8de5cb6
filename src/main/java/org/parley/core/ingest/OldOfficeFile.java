package org.parley.core.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.parley.core.store.NewDocument;

/**
 * Refuses, whatever its name, a file in Microsoft's old compound-file format (OLE2, bytes D0 CF 11 E0 A1 B1
 * 1A E1): Word, Excel and PowerPoint 97–2003, and password-protected Office documents, which are wrapped
 * the same way. It reads the file's directory to tell the user which program to save it from as what.
 */
public final class OldOfficeFile implements Importer {
    public static final String WORD_97 = "a Word 97–2003 document: save it as .docx and import that";
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    @Override
    public boolean accepts(SourceFile file) {
        byte[] b = file.bytes();
        if (b.length < OLE2.length) {
            return false;
        }
        for (int i = 0; i < OLE2.length; i++) {
            if (b[i] != OLE2[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<NewDocument> read(SourceFile file) throws ImportException {
        throw new ImportException(kind(file.bytes()));
    }

    private static String kind(byte[] bytes) {
        Set<String> streams;
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            streams = fs.getRoot().getEntryNames();
        } catch (IOException | RuntimeException e) {
            return "a damaged Microsoft Office 97–2003 file (its directory cannot be read): open it in its program"
                    + " and save it as .docx";
        }
        if (streams.contains("WordDocument")) {
            return WORD_97;
        }
        if (streams.contains("EncryptedPackage")) {
            return "a password-protected Office document: remove the password in Word, save it as .docx and import that";
        }
        if (streams.contains("Workbook") || streams.contains("Book")) {
            return "an Excel 97–2003 workbook: save it as .csv and import that";
        }
        if (streams.contains("PowerPoint Document")) {
            return "a PowerPoint 97–2003 presentation, not a format Parley imports: save its text as .docx or .txt";
        }
        return "a Microsoft Office 97–2003 file that is not a Word document, not a format Parley imports ("
                + Importers.describe() + ")";
    }
}
