package org.parley.cli;

/** The user's input is wrong: the CLI prints the message and exits 2. */
public class BadInput extends RuntimeException {
    public BadInput(String message) {
        super(message);
    }
}
