package org.parley.core.model;

import java.util.Objects;

/**
 * A question the coder answers for each claim (speaker, target, treaty, stance ...). Coded dimensions
 * draw on a named code list, which several dimensions may share (speaker and target share "actors");
 * a TEXT dimension has no code list.
 */
public record Dimension(long id, String uuid, String name, DimensionKind kind, String codeList, String description) {
    public Dimension {
        uuid = Ids.checkUuid(uuid);
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a dimension needs a name");
        }
        name = name.strip();
        if (kind.takesCodes() && (codeList == null || codeList.isBlank())) {
            throw new IllegalArgumentException("dimension '" + name + "' is " + kind.word() + " and needs a code list");
        }
        if (!kind.takesCodes()) {
            codeList = null;
        }
        description = description == null ? "" : description;
    }
}
