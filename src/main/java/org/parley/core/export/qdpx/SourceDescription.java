package org.parley.core.export.qdpx;

import org.parley.core.model.Document;
import org.parley.core.model.DocumentMeta;

/** A document's metadata as the lines of a REFI-QDA source description (QDA tools have no fields for them). */
final class SourceDescription {
    private SourceDescription() {
    }

    static String of(Document d) {
        DocumentMeta m = d.meta();
        StringBuilder b = new StringBuilder();
        line(b, "source", m.source());
        line(b, "author", m.author());
        line(b, "url", m.url());
        line(b, "published", m.published() == null ? null : m.published().iso());
        line(b, "place", m.place());
        line(b, "language", m.language());
        return b.toString().strip();
    }

    private static void line(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(name).append(": ").append(value).append('\n');
        }
    }
}
