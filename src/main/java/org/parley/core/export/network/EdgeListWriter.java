package org.parley.core.export.network;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parley.core.export.ExportSource;
import org.parley.core.export.ExportWriter;

/**
 * Both discourse networks as one CSV edge list (RFC 4180, UTF-8, header row):
 * {@code network,source,target,source_kind,target_kind,weight,agreement,disagreement,neutral}.
 */
public final class EdgeListWriter implements ExportWriter {
    @Override
    public Written write(ExportSource source, Path out) throws Exception {
        DiscourseNetwork n = DiscourseNetwork.of(source);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("network,source,target,source_kind,target_kind,weight,agreement,disagreement,neutral\r\n");
            for (DiscourseNetwork.Edge e : n.edges.values()) {
                w.write(String.join(",", e.network, csv(e.source.label()), csv(e.target.label()), e.source.kind(),
                        e.target.kind(), String.valueOf(e.weight()), String.valueOf(e.agreement),
                        String.valueOf(e.disagreement), String.valueOf(e.neutral)));
                w.write("\r\n");
            }
        }
        return Written.file(out);
    }

    static String csv(String s) {
        return s.matches("[^,\"\r\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
