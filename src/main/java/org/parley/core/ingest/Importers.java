package org.parley.core.ingest;

import java.util.List;

/** The importers Parley tries, in order; the first that accepts a file reads it. Content signatures come first. */
public final class Importers {
    private Importers() {
    }

    public static List<Importer> all() {
        return all(ImportOptions.DEFAULT);
    }

    public static List<Importer> all(ImportOptions options) {
        return List.of(new OldOfficeFile(), new DatasetImporter(), new PdfImporter(), new DocxImporter(options), new RtfImporter(options), new HtmlImporter(options),
                new ArticleTableImporter(options), new PlainTextImporter(options));
    }

    /** The formats, as told to a user whose file matched none. */
    public static String describe() {
        return "text .txt/.md in any common encoding, .html, .pdf, .docx, .rtf, .csv/.tsv/.jsonl of articles, Parley .jsonl datasets, REFI-QDA .qdpx projects";
    }
}
