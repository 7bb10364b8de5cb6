package org.parley.core.ingest.qdpx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.core.export.qdpx.UniqueCodeName;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;
import org.parley.core.model.DimensionKind;
import org.parley.core.model.Ids;

/**
 * Maps a REFI-QDA code tree onto the corpus codebook: each top-level code is a dimension (the corpus's
 * own when one has that name, else a new multi-valued one with its own code list), its descendants the
 * dimension's codes with their nesting as parents (existing codes matched by name or alias). A code used
 * directly at the top level becomes a code of the same name in its own dimension. A code named
 * {@code NAME (DIMENSION)} under that dimension's branch is the code NAME ({@link UniqueCodeName}).
 */
final class CodePlan {
    /** Where a REFI-QDA code GUID lands: a dimension and a code name, or a free-text dimension. */
    record Target(Dimension dimension, String code) {
    }

    private final Codebook current;
    private final Map<String, Target> byGuid = new HashMap<>();
    private final List<Dimension> newDimensions = new ArrayList<>();
    private final Map<String, List<Code>> lists = new LinkedHashMap<>();
    private final Set<String> changedLists = new HashSet<>();
    final List<String> notes = new ArrayList<>();
    /** What the plan adds to the codebook, in the order met: "dimension Actors", "code Russia (Actors)". */
    final List<String> added = new ArrayList<>();

    CodePlan(Codebook current, List<QdaProject.Code> tree, Set<String> usedGuids, String origin) {
        this.current = current;
        current.codeLists().forEach((k, v) -> lists.put(k, new ArrayList<>(v)));
        Set<String> dimNames = new HashSet<>();
        for (QdaProject.Code top : tree) {
            if (!dimNames.add(Codebook.fold(top.name()))) {
                notes.add("top-level code '" + top.name() + "' appears twice: both map to one dimension");
            }
            Dimension d = dimension(top, origin);
            if (!d.kind().takesCodes()) {
                byGuid.put(top.guid(), new Target(d, null));
                if (!top.children().isEmpty()) {
                    notes.add("codes under '" + top.name() + "', a free-text dimension here, were not imported");
                }
                continue;
            }
            if (usedGuids.contains(top.guid())) {
                byGuid.put(top.guid(), new Target(d, code(d, top, null).name()));
            }
            for (QdaProject.Code child : top.children()) {
                walk(d, top.name(), child, null);
            }
        }
    }

    private Dimension dimension(QdaProject.Code top, String origin) {
        Optional<Dimension> existing = current.dimension(top.name());
        if (existing.isPresent()) {
            return existing.get();
        }
        for (Dimension d : newDimensions) {
            if (Codebook.fold(d.name()).equals(Codebook.fold(top.name()))) {
                return d;
            }
        }
        String list = top.name();
        for (int n = 2; lists.containsKey(list); n++) {
            list = top.name() + " " + n;
        }
        lists.put(list, new ArrayList<>());
        changedLists.add(list);
        boolean uuidFree = Ids.isUuid(top.guid()) && current.dimensions().stream().noneMatch(x -> x.uuid().equals(top.guid()));
        Dimension d = new Dimension(0, uuidFree ? top.guid() : Ids.newUuid(), top.name(), DimensionKind.MULTI, list,
                top.description().isBlank() ? "Imported from " + origin : top.description());
        newDimensions.add(d);
        added.add("dimension " + d.name());
        return d;
    }

    /** A code under the branch {@code branch} of dimension {@code d}; a " (branch)" suffix the exporter added to keep names unique goes. */
    private void walk(Dimension d, String branch, QdaProject.Code node, Code parent) {
        String name = UniqueCodeName.strip(node.name(), branch);
        QdaProject.Code own = name.equals(node.name()) ? node : new QdaProject.Code(node.guid(), name, node.colour(),
                UniqueCodeName.stripDescription(node.description(), branch), node.children());
        Code c = code(d, own, parent);
        byGuid.put(node.guid(), new Target(d, c.name()));
        for (QdaProject.Code child : node.children()) {
            walk(d, branch, child, c);
        }
    }

    /** The code of this name in the dimension's list, added when new. */
    private Code code(Dimension d, QdaProject.Code node, Code parent) {
        List<Code> list = lists.get(d.codeList());
        String f = Codebook.fold(node.name());
        for (Code c : list) {
            if (Codebook.fold(c.name()).equals(f) || c.aliases().stream().anyMatch(a -> Codebook.fold(a).equals(f))) {
                return c;
            }
        }
        Code c = new Code(0, Ids.newUuid(), node.name(), node.colour(), null, node.description(), List.of(),
                parent == null ? null : parent.uuid());
        list.add(c);
        changedLists.add(d.codeList());
        added.add("code " + c.name() + " (" + d.name() + ")");
        return c;
    }

    Optional<Target> target(String guid) {
        return Optional.ofNullable(byGuid.get(guid));
    }

    /** The additions as a codebook to merge, or empty when the corpus has every dimension and code already. */
    Optional<Codebook> additions() {
        if (newDimensions.isEmpty() && changedLists.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Code>> changed = new LinkedHashMap<>();
        changedLists.forEach(l -> changed.put(l, lists.get(l)));
        return Optional.of(new Codebook(current.name(), current.description(), newDimensions, changed));
    }
}
