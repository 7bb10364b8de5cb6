package org.parley.core.export.network;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.export.ExportSource;
import org.parley.core.export.exchange.ExchangeWriter;
import org.parley.core.export.exchange.ExportOptions;
import org.parley.core.export.qdpx.Partial;

/**
 * Both discourse networks as one CSV edge list (RFC 4180, UTF-8, header row):
 * {@code network,source,target,source_kind,target_kind,weight,agreement,disagreement,neutral}.
 */
public final class EdgeListWriter implements ExchangeWriter {
    @Override
    public void write(ExportSource source, Path out, ExportOptions options) throws Exception {
        DiscourseNetwork n = DiscourseNetwork.of(source);
        Path part = Partial.of(out);
        try (BufferedWriter w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            w.write("network,source,target,source_kind,target_kind,weight,agreement,disagreement,neutral\r\n");
            for (DiscourseNetwork.Edge e : n.edges.values()) {
                w.write(String.join(",", e.network, csv(e.source.label()), csv(e.target.label()), e.source.kind(),
                        e.target.kind(), String.valueOf(e.weight()), String.valueOf(e.agreement),
                        String.valueOf(e.disagreement), String.valueOf(e.neutral)));
                w.write("\r\n");
            }
        } catch (Exception e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Partial.finish(part, out);
    }

    static String csv(String s) {
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
