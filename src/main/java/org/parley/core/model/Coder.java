package org.parley.core.model;

/** A person who codes; every claim and every change records one. */
public record Coder(long id, String uuid, String name) {
    public Coder {
        uuid = Ids.checkUuid(uuid);
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a coder needs a name");
        }
        name = name.strip();
    }
}
