package org.parley.ui.coding;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.session.CodebookChanges;
import org.parley.core.session.CodebookLocking;
import org.parley.ui.common.History;

/**
 * Codes a coder creates from the coding panel when none matches what they typed: the new code is added to the
 * dimension's code list through the codebook's changes on the ordered save lane and given to the selected
 * claim; both steps are undoable. A lead can lock the codebook against this ({@code parley codebook lock}); the
 * lock is read again whenever the codebook is, and until it is known the panel offers nothing.
 */
final class CodeMaking {
    private static final List<String> COLOURS = List.of("#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3",
            "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f");

    /** What the panel may offer. */
    enum Offer { UNKNOWN, CREATE, LOCKED }

    private final Workspace workspace;
    private final CodebookChanges changes;
    private final CodebookLocking locking;
    private Offer offer = Offer.UNKNOWN;

    CodeMaking(Workspace workspace) {
        this.workspace = workspace;
        this.changes = workspace.codebookChanges();
        this.locking = new CodebookLocking(workspace.corpus());
    }

    /** Reads the lock (after every save made before). */
    void refresh() {
        locking.locked(locked -> offer = locked ? Offer.LOCKED : Offer.CREATE, e -> offer = Offer.UNKNOWN);
    }

    Offer offer() {
        return offer;
    }

    /** Creates {@code name} in {@code dimension}'s list and gives it to the selected claim. */
    void create(Codebook book, Dimension dimension, String name) {
        Code code = new Code(0, uuidOf(dimension.codeList(), name), name.strip(), freeColour(book.codesOf(dimension)), null, "", List.of(), null);
        Runnable refresh = () -> {
            workspace.reloadCodebook();
            workspace.reloadClaims();
        };
        changes.add(dimension.codeList(), code, refresh);
        workspace.history().done(History.edit("create code '" + code.name() + "'",
                () -> changes.delete("undo create code", code, refresh),
                () -> changes.restore("redo create code", code, refresh)));
        workspace.toggleCode(dimension, code);
    }

    /**
     * The same uuid each time a name is created in a list: a code created, undone (deleted, its row kept) and
     * created again is the same code brought back. The store matches a new code to a deleted one of the same
     * name, and with a fresh uuid the add would fail and halt the save lane.
     */
    static String uuidOf(String list, String name) {
        return UUID.nameUUIDFromBytes(("parley code\n" + list + "\n" + Codebook.fold(name)).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The first colour of a small palette no code of the list has, else grey. */
    static String freeColour(List<Code> codes) {
        Set<String> used = new HashSet<>();
        codes.forEach(c -> used.add(c.colour().toLowerCase(Locale.ROOT)));
        return COLOURS.stream().filter(c -> !used.contains(c)).findFirst().orElse("#cccccc");
    }
}
