package org.parley.core.export;

import java.util.ArrayList;
import java.util.List;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.Document;
import org.parley.core.model.Annotation;

/**
 * The columns of the one-row-per-claim tables (csv, xlsx): claim id and uuid, document id and uuid,
 * title, source, date, URL, start, end, quote, one column per dimension (several codes joined with
 * {@value #JOIN}), memo, coder, status, created, modified.
 */
final class ClaimColumns {
    static final String JOIN = ";";
    private final List<Dimension> dimensions;

    ClaimColumns(Codebook book) {
        this.dimensions = book.dimensions();
    }

    List<String> header() {
        List<String> h = new ArrayList<>(List.of("claim_id", "claim_uuid", "document_id", "document_uuid", "title",
                "source", "published", "url", "start", "end", "quote"));
        dimensions.forEach(d -> h.add(d.name()));
        h.addAll(List.of("memo", "coder", "status", "created", "modified"));
        return h;
    }

    /** The row's cells; numbers are Long or Integer so a spreadsheet can store them as numbers. */
    List<Object> row(Document d, Annotation c) {
        List<Object> r = new ArrayList<>(List.of(c.id(), c.uuid(), d.id(), d.uuid(), orEmpty(d.title()),
                orEmpty(d.meta().source()), d.meta().published() == null ? "" : d.meta().published().iso(),
                orEmpty(d.meta().url()), c.start(), c.end(), c.quote()));
        dimensions.forEach(dim -> r.add(String.join(JOIN, c.codesOf(dim.name()))));
        r.addAll(List.of(orEmpty(c.memo()), c.coder(), c.status().word(), c.created().toString(), c.modified().toString()));
        return r;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
