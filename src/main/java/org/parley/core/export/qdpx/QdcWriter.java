package org.parley.core.export.qdpx;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.export.ExportSource;
import org.parley.core.export.exchange.ExchangeWriter;
import org.parley.core.export.exchange.ExportOptions;

/** The codebook alone as a REFI-QDA codebook file (.qdc), the same tree a .qdpx project carries. */
public final class QdcWriter implements ExchangeWriter {
    static final String NAMESPACE = "urn:QDA-XML:codebook:1.0";

    @Override
    public void write(ExportSource source, Path out, ExportOptions options) throws Exception {
        CodeTree tree = new CodeTree(source.codebook());
        Path part = Partial.of(out);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16); XmlOut x = new XmlOut(os)) {
            x.open("CodeBook").namespace(NAMESPACE).attr("origin", QdpxWriter.ORIGIN);
            tree.write(x);
            x.close("CodeBook");
        } catch (Exception e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Partial.finish(part, out);
    }
}
