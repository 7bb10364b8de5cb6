package org.parley.core.ingest;

import java.util.List;

/** The importers Parley tries, in order; the first that accepts a file reads it. */
public final class Importers {
    private Importers() {
    }

    public static List<Importer> all() {
        return List.of(new DatasetImporter(), new PlainTextImporter());
    }

    /** The formats, as told to a user whose file matched none. */
    public static String describe() {
        return "plain text .txt or .md in UTF-8";
    }
}
