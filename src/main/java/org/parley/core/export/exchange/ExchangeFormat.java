package org.parley.core.export.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.parley.core.export.claimreview.ClaimReviewWriter;
import org.parley.core.export.network.EdgeListWriter;
import org.parley.core.export.network.GraphMlWriter;
import org.parley.core.export.qdpx.QdcWriter;
import org.parley.core.export.qdpx.QdpxWriter;
import org.parley.core.export.webannotation.WebAnnotationWriter;

/** The interchange formats by the name users type after {@code --format}. */
public enum ExchangeFormat {
    QDPX("qdpx", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder", false, QdpxWriter::new),
    QDC("qdc", "REFI-QDA codebook", false, QdcWriter::new),
    WEB_ANNOTATION("web-annotation", "W3C Web Annotation JSON-LD, one file per claim, in a folder", true, WebAnnotationWriter::new),
    CLAIMREVIEW("claimreview", "schema.org ClaimReview JSON-LD for claims with a verdict", false, ClaimReviewWriter::new),
    GRAPHML("graphml", "discourse networks (actor x treaty, actor x actor) as GraphML", false, GraphMlWriter::new),
    EDGES_CSV("edges-csv", "discourse network edge lists as CSV", false, EdgeListWriter::new);

    private final String word;
    private final String description;
    private final boolean folder;
    private final Supplier<ExchangeWriter> writer;

    ExchangeFormat(String word, String description, boolean folder, Supplier<ExchangeWriter> writer) {
        this.word = word;
        this.description = description;
        this.folder = folder;
        this.writer = writer;
    }

    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    /** True when the format writes a folder rather than one file. */
    public boolean writesFolder() {
        return folder;
    }

    public ExchangeWriter writer() {
        return writer.get();
    }

    public static ExchangeFormat parse(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.word.equals(w)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown format '" + word + "' (use " + names() + ")"));
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(ExchangeFormat::word).toList());
    }
}
