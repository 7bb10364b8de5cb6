package org.parley.ui.coding;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.core.model.Annotation;
import org.parley.core.model.AnnotationStatus;
import org.parley.core.model.Span;
import org.parley.core.text.Offsets;

/** Copies of a claim with one thing changed: the window's edits before the store confirms them. */
final class Claims {
    private Claims() {
    }

    static Annotation withCodes(Annotation a, String dimension, List<String> values) {
        Map<String, List<String>> codes = new LinkedHashMap<>(a.codes());
        if (values.isEmpty()) {
            codes.remove(dimension);
        } else {
            codes.put(dimension, List.copyOf(values));
        }
        return new Annotation(a.id(), a.uuid(), a.documentId(), a.span(), a.quote(), a.prefix(), a.suffix(), codes,
                a.memo(), a.status(), a.coder(), a.created(), a.modified());
    }

    static Annotation withMemo(Annotation a, String memo) {
        return new Annotation(a.id(), a.uuid(), a.documentId(), a.span(), a.quote(), a.prefix(), a.suffix(), a.codes(),
                memo, a.status(), a.coder(), a.created(), a.modified());
    }

    static Annotation withStatus(Annotation a, AnnotationStatus status) {
        return new Annotation(a.id(), a.uuid(), a.documentId(), a.span(), a.quote(), a.prefix(), a.suffix(), a.codes(),
                a.memo(), status, a.coder(), a.created(), a.modified());
    }

    static Annotation withSpan(Annotation a, Span span, String text) {
        return new Annotation(a.id(), a.uuid(), a.documentId(), span, Offsets.slice(text, span.start(), span.end()),
                a.prefix(), a.suffix(), a.codes(), a.memo(), a.status(), a.coder(), a.created(), a.modified());
    }

    static Annotation withId(Annotation a, long id) {
        return new Annotation(id, a.uuid(), a.documentId(), a.span(), a.quote(), a.prefix(), a.suffix(), a.codes(),
                a.memo(), a.status(), a.coder(), a.created(), a.modified());
    }

    /** Codes, memo, status and span equal: the same state as far as the coder is concerned. */
    static boolean sameState(Annotation a, Annotation b) {
        return a.span().equals(b.span()) && a.codes().equals(b.codes()) && a.memo().equals(b.memo())
                && a.status() == b.status();
    }
}
