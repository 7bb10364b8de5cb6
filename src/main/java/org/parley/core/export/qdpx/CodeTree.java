package org.parley.core.export.qdpx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.parley.core.export.Guids;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;
import org.parley.core.model.Dimension;

/**
 * The codebook as a REFI-QDA code tree: each dimension a top-level code (GUID = the dimension's uuid),
 * its codes beneath it nested by parent, each with a GUID derived from the (dimension, code) pair so an
 * actor under speaker and the same actor under target are two codes a QDA tool can tell apart.
 * Code names are unique in the whole tree, as QualCoder and ATLAS.ti need (QualCoder silently drops a
 * second code of a name it has, with its codings): when a later dimension's branch repeats a name, its
 * code is named {@code NAME (DIMENSION)} and its description says which dimension, as
 * {@link UniqueCodeName}; the importer strips both again.
 */
final class CodeTree {
    record Node(String guid, String name, boolean codable, String colour, String description, List<Node> children) {
    }

    private final List<Node> roots = new ArrayList<>();
    private final Map<String, String> guids = new HashMap<>();
    /** Folded names of the codable codes written so far. */
    private final Set<String> names = new HashSet<>();

    CodeTree(Codebook book) {
        for (Dimension d : book.dimensions()) {
            List<Node> children = new ArrayList<>();
            List<Code> codes = book.codesOf(d);
            for (Code c : codes) {
                if (c.parentUuid() == null) {
                    children.add(node(d, c, codes));
                }
            }
            String description = d.kind().takesCodes() ? d.description()
                    : (d.description() + "\n(free text: each claim's text is in its selection's description)").strip();
            roots.add(new Node(d.uuid(), d.name(), false, null, description, children));
        }
    }

    private Node node(Dimension d, Code c, List<Code> codes) {
        String guid = Guids.codeUnder(d.uuid(), c.uuid());
        guids.put(key(d.name(), c.name()), guid);
        List<Node> children = new ArrayList<>();
        for (Code child : codes) {
            if (c.uuid().equals(child.parentUuid())) {
                children.add(node(d, child, codes));
            }
        }
        String name = c.name();
        String description = c.description() == null ? "" : c.description();
        if (!names.add(Codebook.fold(name))) {
            name = UniqueCodeName.of(name, d.name());
            names.add(Codebook.fold(name));
            description = UniqueCodeName.describe(description, d.name());
        }
        return new Node(guid, name, true, c.colour(), description, children);
    }

    /** The GUID of a code as it appears under a dimension, if the codebook has it. */
    Optional<String> guid(String dimension, String code) {
        return Optional.ofNullable(guids.get(key(dimension, code)));
    }

    private static String key(String dimension, String code) {
        return Codebook.fold(dimension) + "\u0000" + Codebook.fold(code);
    }

    /** Writes the tree as {@code <Codes>} in the writer's current default namespace. */
    void write(XmlOut x) throws XMLStreamException {
        x.open("Codes");
        for (Node n : roots) {
            write(x, n);
        }
        x.close("Codes");
    }

    private static void write(XmlOut x, Node n) throws XMLStreamException {
        boolean leaf = n.children().isEmpty() && n.description().isBlank();
        if (leaf) {
            x.empty("Code");
        } else {
            x.open("Code");
        }
        x.attr("guid", n.guid()).attr("name", n.name()).attr("isCodable", n.codable()).attr("color", n.colour());
        if (!leaf) {
            if (!n.description().isBlank()) {
                x.text("Description", n.description());
            }
            for (Node c : n.children()) {
                write(x, c);
            }
            x.close("Code");
        }
    }
}
