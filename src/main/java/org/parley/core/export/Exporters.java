package org.parley.core.export;

import java.util.List;

/** Every export format by the name users type after {@code --format}. */
public final class Exporters {
    public static final List<String> NAMES = List.of("csv", "xlsx", "jsonl", "jsonl-claims", "doccano", "label-studio",
            "conll", "brat");

    private Exporters() {
    }

    /** The exporter for {@code format}; {@code bom} matters for csv only. */
    public static Exporter byName(String format, boolean bom) {
        return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "csv" -> new CsvExporter(bom);
            case "xlsx" -> new XlsxExporter();
            case "jsonl" -> new JsonlExporter();
            case "jsonl-claims" -> new JsonlClaimsExporter();
            case "doccano" -> new DoccanoExporter();
            case "label-studio" -> new LabelStudioExporter();
            case "conll" -> new ConllExporter();
            case "brat" -> new BratExporter();
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (valid: " + String.join(", ", NAMES) + ")");
        };
    }
}
