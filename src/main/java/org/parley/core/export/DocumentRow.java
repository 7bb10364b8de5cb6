package org.parley.core.export;

import java.util.List;
import org.parley.core.model.Annotation;
import org.parley.core.model.Document;

/** One document with its selected claims in text order: the unit every export streams. */
public record DocumentRow(Document document, List<Annotation> claims) {
    public DocumentRow {
        claims = List.copyOf(claims);
    }
}
