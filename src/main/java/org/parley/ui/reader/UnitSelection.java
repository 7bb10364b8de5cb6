package org.parley.ui.reader;

import java.util.Optional;
import org.parley.core.model.Document;
import org.parley.core.text.TextUnits;
import org.parley.core.text.TextRange;
import org.parley.core.text.TextUnits.Unit;

/**
 * Selecting by unit in the reader: the sentence, clause, quotation or paragraph around the caret; the same key
 * again grows the selection by the next unit of that kind, and grow / shrink (Ctrl+Shift+Up / Down) add or drop
 * one unit of the kind chosen last. The units of a document are worked out once, when first asked for.
 */
final class UnitSelection {
    private final ReaderView reader;
    private Document of;
    private TextUnits units;
    private Unit last = Unit.SENTENCE;
    /** What the last unit key selected: the same key again grows it, while it is still the selection. */
    private TextRange selected;

    UnitSelection(ReaderView reader) {
        this.reader = reader;
    }

    private Optional<TextUnits> units(Document d) {
        if (d == null) {
            return Optional.empty();
        }
        if (d != of) {
            of = d;
            units = new TextUnits(d.text(), d.meta().language());
            selected = null;
        }
        return Optional.of(units);
    }

    private TextRange now() {
        int[] sel = reader.selectionInText();
        return new TextRange(sel[0], sel[1]);
    }

    /** Selects the unit around the caret, or grows the selection by the next one when this key made it. */
    void select(Document d, Unit unit) {
        units(d).ifPresent(u -> {
            TextRange current = now();
            Optional<TextRange> chosen = unit == last && current.equals(selected) ? Optional.of(u.grow(current, unit))
                    : u.around(reader.caretInText() == current.end() && current.end() > current.start()
                            ? current.start() : reader.caretInText(), unit);
            last = unit;
            chosen.ifPresent(this::show);
        });
    }

    /** Grows (1) or shrinks (-1) the selection by one unit of the kind chosen last. */
    void step(Document d, int direction) {
        units(d).ifPresent(u -> {
            TextRange current = now();
            if (current.start() == current.end()) {
                select(d, last);
                return;
            }
            show(direction > 0 ? u.grow(current, last) : u.shrink(current, last));
        });
    }

    private void show(TextRange s) {
        selected = s;
        reader.selectRange(s.start(), s.end());
    }
}
