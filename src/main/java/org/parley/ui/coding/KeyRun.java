package org.parley.ui.coding;

import java.time.Duration;

/**
 * Decides what a character typed into an empty dimension field is: a code's key or the start of a search. A
 * key picks its code at once and starts a run; while the run lasts ({@link #WINDOW} after each key, as long
 * as the pick is shown), a multi dimension takes further keys ("aiotn" gives five treaties), but a character
 * that is no key, or any second character in a single dimension, makes the whole run a search: its picks are
 * taken back and every character typed becomes the search text ("re" in stance searches for "re", it does not
 * give praise plus "e"). A run ends when its time is up or the coder does anything else (Enter, Tab, a click).
 */
final class KeyRun {
    /** How long a key's pick is shown, and how long a next character still belongs to the run. */
    static final Duration WINDOW = Duration.ofMillis(1500);

    /** What to do with a typed character. */
    sealed interface Step permits Pick, Search, Text {
    }

    /** The character is a key: pick its code. */
    record Pick() implements Step {
    }

    /** The run becomes a search: take back {@code picks} picks and show {@code text}. */
    record Search(String text, int picks) implements Step {
    }

    /** Not a key and no run: the field takes the character as text. */
    record Text() implements Step {
    }

    private final StringBuilder typed = new StringBuilder();
    private int picks;
    private long lastNanos;

    /**
     * {@code isKey}: the character is a key of the dimension; {@code single}: the dimension takes one code;
     * {@code nanos}: when it was typed ({@link System#nanoTime}).
     */
    Step typed(String character, boolean isKey, boolean single, long nanos) {
        boolean running = !typed.isEmpty() && nanos - lastNanos < WINDOW.toNanos();
        if (!running) {
            end();
            if (!isKey) {
                return new Text();
            }
            return pick(character, nanos);
        }
        if (isKey && !single) {
            return pick(character, nanos);
        }
        Search search = new Search(typed + character, picks);
        end();
        return search;
    }

    private Step pick(String character, long nanos) {
        typed.append(character);
        lastNanos = nanos;
        return new Pick();
    }

    /** The pick just made changed the claim (so a search takes it back); a key given twice toggles and counts twice. */
    void picked() {
        picks++;
    }

    void end() {
        typed.setLength(0);
        picks = 0;
    }
}
