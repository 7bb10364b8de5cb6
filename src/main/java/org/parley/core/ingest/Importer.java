package org.parley.core.ingest;

import java.util.List;
import org.parley.core.store.NewDocument;

/** Turns one file of some format into the documents it holds (usually one). */
public interface Importer {
    /** True when this importer reads the file (decided by content as well as by name). */
    boolean accepts(SourceFile file);

    List<NewDocument> read(SourceFile file) throws ImportException;
}
