package org.parley.core.export.qdpx;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWriter;

/** The codebook alone as a REFI-QDA codebook file (.qdc), the same tree a .qdpx project carries. */
public final class QdcWriter implements ExportWriter {
    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        CodeTree tree = new CodeTree(source.codebook());
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16); XmlOut x = new XmlOut(os)) {
            x.open("CodeBook").namespace(NAMESPACE).attr("origin", QdpxWriter.ORIGIN);
            tree.write(x);
            x.close("CodeBook");
        }
        return Written.file(out);
    }
}
