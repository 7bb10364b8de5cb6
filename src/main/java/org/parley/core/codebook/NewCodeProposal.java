package org.parley.core.codebook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.model.Code;

/**
 * What a new code starts with in the codebook editor: a key no code of its list has, a colour none of them has,
 * and the order a code list is shown in (each code followed by the codes under it).
 */
public final class NewCodeProposal {
    /** Colours far enough apart to tell claims apart, light enough for black text over them. */
    public static final List<String> PALETTE = List.of("#ff9999", "#99ccff", "#99e699", "#ffd480", "#d9b3ff", "#80e5e5",
            "#ffb3d9", "#c2d699", "#ffcc99", "#b3b3ff", "#e6e680", "#a3c2c2");

    private NewCodeProposal() {
    }

    /** The first letter, then digit, that no code of {@code list} uses as its key. */
    public static Optional<String> freeKey(List<Code> list) {
        Set<String> used = new HashSet<>();
        list.forEach(c -> {
            if (c.key() != null) {
                used.add(c.key().toLowerCase(Locale.ROOT));
            }
        });
        for (char k : "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray()) {
            if (!used.contains(String.valueOf(k))) {
                return Optional.of(String.valueOf(k));
            }
        }
        return Optional.empty();
    }

    /** The first colour of the palette no code of {@code list} has (the first when all are taken). */
    public static String unusedColour(List<Code> list) {
        Set<String> used = new HashSet<>();
        list.forEach(c -> used.add(c.colour().toLowerCase(Locale.ROOT)));
        return PALETTE.stream().filter(p -> !used.contains(p)).findFirst().orElse(PALETTE.get(0));
    }

    /** {@code list} with each code followed by the codes under it (at any depth), otherwise in its own order. */
    public static List<Code> treeOrder(List<Code> list) {
        Map<String, List<Code>> children = new LinkedHashMap<>();
        Set<String> uuids = new HashSet<>();
        list.forEach(c -> uuids.add(c.uuid()));
        List<Code> roots = new ArrayList<>();
        for (Code c : list) {
            if (c.parentUuid() != null && uuids.contains(c.parentUuid()) && !c.parentUuid().equals(c.uuid())) {
                children.computeIfAbsent(c.parentUuid(), k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        List<Code> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Code r : roots) {
            place(r, children, out, placed);
        }
        for (Code c : list) {
            if (placed.add(c.uuid())) {
                out.add(c); // a cycle of parents: shown, in its own order
            }
        }
        return out;
    }

    private static void place(Code c, Map<String, List<Code>> children, List<Code> out, Set<String> placed) {
        if (!placed.add(c.uuid())) {
            return;
        }
        out.add(c);
        for (Code child : children.getOrDefault(c.uuid(), List.of())) {
            place(child, children, out, placed);
        }
    }
}
