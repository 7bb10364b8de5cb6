package org.parley.cli;

import java.util.concurrent.Callable;
import org.parley.core.store.CodebookLock;
import org.parley.core.store.Corpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code parley codebook lock|unlock}: whether coders may create codes from the coding panel. */
abstract class CodebookLockCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpusOption;
    @Spec
    CommandSpec spec;

    abstract boolean locks();

    @Override
    public Integer call() {
        boolean locked = locks();
        boolean changed;
        try (Corpus corpus = corpusOption.open()) {
            changed = new CodebookLock(corpus).set(locked, corpusOption.settings().coderName());
        }
        spec.commandLine().getOut().println("The codebook of " + corpusOption.file() + (changed ? " is now " : " was already ")
                + (locked ? "locked: coders cannot create codes while coding." : "unlocked: coders may create codes while coding."));
        return 0;
    }

    @Command(name = "lock", description = "Lock the codebook: coders pick codes from it and cannot create new ones while coding.")
    static final class Lock extends CodebookLockCommand {
        @Override
        boolean locks() {
            return true;
        }
    }

    @Command(name = "unlock", description = "Unlock the codebook: coders may create a code from the coding panel when none matches.")
    static final class Unlock extends CodebookLockCommand {
        @Override
        boolean locks() {
            return false;
        }
    }
}
