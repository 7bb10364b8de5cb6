package org.parley.core.coding;

import java.util.function.Predicate;
import org.parley.core.model.Annotation;

/**
 * Whose claims a view shows: every coder's, the coder's own (blind second coding), or one chosen coder's. The
 * reader, the claim list and (later) search and analysis take the same view.
 */
public record CoderView(Whose whose, String coder) {
    public enum Whose { ALL, MINE, CODER }

    public CoderView {
        if (whose == null) {
            throw new IllegalArgumentException("a coder view says whose claims it shows");
        }
        if (whose != Whose.ALL && (coder == null || coder.isBlank())) {
            throw new IllegalArgumentException("a view of one coder's claims names the coder");
        }
        coder = whose == Whose.ALL ? null : coder.strip();
    }

    public static final CoderView ALL = new CoderView(Whose.ALL, null);

    public static CoderView mine(String me) {
        return new CoderView(Whose.MINE, me);
    }

    public static CoderView of(String coder) {
        return new CoderView(Whose.CODER, coder);
    }

    /** Whether a claim is in the view. */
    public Predicate<Annotation> shows() {
        return whose == Whose.ALL ? a -> true : a -> coder.equals(a.coder());
    }

    /** The view in words, for menus and status lines. */
    public String words() {
        return switch (whose) {
            case ALL -> "all coders";
            case MINE -> "mine (" + coder + ")";
            case CODER -> coder + "'s";
        };
    }
}
