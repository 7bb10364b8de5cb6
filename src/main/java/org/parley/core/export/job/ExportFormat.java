package org.parley.core.export.job;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.parley.core.export.BratExporter;
import org.parley.core.export.ConllExporter;
import org.parley.core.export.CsvExporter;
import org.parley.core.export.DoccanoExporter;
import org.parley.core.export.ExportOptions;
import org.parley.core.export.ExportWriter;
import org.parley.core.export.JsonlClaimsExporter;
import org.parley.core.export.JsonlExporter;
import org.parley.core.export.LabelStudioExporter;
import org.parley.core.export.XlsxExporter;
import org.parley.core.export.claimreview.ClaimReviewWriter;
import org.parley.core.export.network.EdgeListWriter;
import org.parley.core.export.network.GraphMlWriter;
import org.parley.core.export.qdpx.QdcWriter;
import org.parley.core.export.qdpx.QdpxWriter;
import org.parley.core.export.webannotation.WebAnnotationWriter;

/**
 * The one catalogue of export formats, datasets and formats for other tools alike, that the app and
 * {@code parley export} offer, with what a user needs to choose one: its group, a one-line description,
 * the file name ending it writes (null when it writes a folder), the options it reads, and the
 * {@link ExportWriter} that writes it. {@code name} is the word typed after {@code --format}.
 */
public record ExportFormat(String name, String title, Group group, String description, String extension, Set<Option> options,
                           Function<ExportOptions, ExportWriter> writers) {
    /** Datasets are for training and analysis; interchange formats are for other tools. */
    public enum Group {
        DATASET("Datasets"), INTERCHANGE("For other tools");

        private final String title;

        Group(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** What an export may take beyond the output path. */
    public enum Option {
        /** documents, coders and status */
        SELECTION,
        /** the dimension giving each span its one label */
        LABEL,
        /** a byte order mark first (csv) */
        BOM,
        /** train/dev/test by document */
        SPLIT,
        /** the REFI-QDA project's name */
        PROJECT_NAME,
        /** the fact-checker and page of a ClaimReview */
        REVIEW
    }

    private static final Set<Option> DATASET = Set.of(Option.SELECTION, Option.SPLIT);
    private static final Set<Option> LABELLED = Set.of(Option.SELECTION, Option.SPLIT, Option.LABEL);

    public static final List<ExportFormat> ALL = List.of(
            new ExportFormat("csv", "CSV", Group.DATASET, "One row per claim with its codes, for Excel, pandas and R",
                    ".csv", Set.of(Option.SELECTION, Option.SPLIT, Option.BOM), o -> new CsvExporter(o.bom())),
            new ExportFormat("xlsx", "Excel workbook", Group.DATASET, "The CSV columns in an Excel worksheet", ".xlsx", DATASET, o -> new XlsxExporter()),
            new ExportFormat("jsonl", "JSONL dataset", Group.DATASET,
                    "One document per line with its text and claims; imports back", ".jsonl", DATASET, o -> new JsonlExporter()),
            new ExportFormat("jsonl-claims", "JSONL, one claim per line", Group.DATASET,
                    "One claim per line with its document's metadata, no text", ".jsonl", DATASET, o -> new JsonlClaimsExporter()),
            new ExportFormat("doccano", "doccano", Group.DATASET, "doccano sequence labelling, spans labelled by one dimension",
                    ".jsonl", LABELLED, o -> new DoccanoExporter()),
            new ExportFormat("label-studio", "Label Studio", Group.DATASET, "Label Studio tasks with the spans as labels",
                    ".json", LABELLED, o -> new LabelStudioExporter()),
            new ExportFormat("conll", "CoNLL (IOB2)", Group.DATASET,
                    "A token per line tagged B-/I-/O; overlaps dropped and listed", ".conll", LABELLED, o -> new ConllExporter()),
            new ExportFormat("brat", "brat standoff", Group.DATASET, "A folder of .txt and .ann files with annotation.conf",
                    null, LABELLED, o -> new BratExporter()),
            new ExportFormat("qdpx", "REFI-QDA project", Group.INTERCHANGE,
                    "For NVivo, ATLAS.ti, MAXQDA, QualCoder: texts, codes, claims", ".qdpx",
                    Set.of(Option.SELECTION, Option.PROJECT_NAME), QdpxWriter::new),
            new ExportFormat("qdc", "REFI-QDA codebook", Group.INTERCHANGE, "The codebook alone, for the same tools", ".qdc", Set.of(), o -> new QdcWriter()),
            new ExportFormat("web-annotation", "W3C Web Annotation", Group.INTERCHANGE,
                    "A folder: one JSON-LD annotation per claim, texts beside them", null, Set.of(Option.SELECTION), o -> new WebAnnotationWriter()),
            new ExportFormat("claimreview", "ClaimReview", Group.INTERCHANGE,
                    "schema.org fact-check markup for claims with a verdict", ".json", Set.of(Option.SELECTION, Option.REVIEW), ClaimReviewWriter::new),
            new ExportFormat("graphml", "Network (GraphML)", Group.INTERCHANGE,
                    "Actor x treaty and actor x actor networks for Gephi", ".graphml", Set.of(Option.SELECTION), o -> new GraphMlWriter()),
            new ExportFormat("edges-csv", "Network edge list (CSV)", Group.INTERCHANGE,
                    "The same networks, one CSV row per edge", ".csv", Set.of(Option.SELECTION), o -> new EdgeListWriter()));

    public ExportFormat {
        if (name == null || name.isBlank() || title == null || group == null || description == null) {
            throw new IllegalArgumentException("an export format needs a name, title, group and description");
        }
        if (extension != null && !extension.startsWith(".")) {
            throw new IllegalArgumentException("extension of " + name + " must start with a dot: " + extension);
        }
        options = Set.copyOf(options);
        if (writers == null) {
            throw new IllegalArgumentException("export format " + name + " needs a writer");
        }
    }

    /** The writer of this format, set up with {@code options}. */
    public ExportWriter writer(ExportOptions options) {
        return writers.apply(options);
    }

    public static ExportFormat byName(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name.equals(n)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown format '" + name + "' (valid: " + String.join(", ", ALL.stream().map(ExportFormat::name).toList()) + ")"));
    }

    public boolean writesFolder() {
        return extension == null;
    }

    public boolean uses(Option option) {
        return options.contains(option);
    }

    /** The formats of one group, in the order above. */
    public static List<ExportFormat> of(Group group) {
        return ALL.stream().filter(f -> f.group == group).toList();
    }
}
