package org.parley.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One value a coder can give a claim in a dimension: a name unique within its code list, a highlight
 * colour ({@code #rrggbb}), an optional one-character key, a description that is the coding manual's
 * entry, aliases (other names and forms, e.g. Washington for United States) and an optional parent
 * named by its uuid, and an optional number ({@code value}): a stance's polarity is its sign (positive agrees,
 * negative disagrees, 0 or none is neutral); ordinal, interval and ratio scales read it too.
 */
public record Code(long id, String uuid, String name, String colour, String key, String description,
                   List<String> aliases, String parentUuid, Double value) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    public Code {
        uuid = Ids.checkUuid(uuid);
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a code needs a name");
        }
        colour = colour == null ? "#cccccc" : colour.toLowerCase(java.util.Locale.ROOT);
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour of '" + name + "' must be #rrggbb, got " + colour);
        }
        if (key != null && key.isBlank()) {
            key = null;
        }
        if (key != null && key.codePointCount(0, key.length()) != 1) {
            throw new IllegalArgumentException("key of '" + name + "' must be one character, got '" + key + "'");
        }
        if (value != null && (value.isNaN() || value.isInfinite())) {
            throw new IllegalArgumentException("value of '" + name + "' must be a number, got " + value);
        }
        description = description == null ? "" : description;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        if (parentUuid != null) {
            parentUuid = Ids.checkUuid(parentUuid);
            if (parentUuid.equals(uuid)) {
                throw new IllegalArgumentException("code '" + name + "' cannot be its own parent");
            }
        }
    }

    /** A code without a value. */
    public Code(long id, String uuid, String name, String colour, String key, String description, List<String> aliases,
                String parentUuid) {
        this(id, uuid, name, colour, key, description, aliases, parentUuid, null);
    }

    public Code withId(long newId) {
        return new Code(newId, uuid, name, colour, key, description, aliases, parentUuid);
    }
}
