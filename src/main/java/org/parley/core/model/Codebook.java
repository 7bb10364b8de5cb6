package org.parley.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dimensions a corpus is coded on and the code lists they draw from. Invariants: dimension names
 * are unique; every coded dimension names an existing code list; within a code list names, keys and
 * aliases are unique (case-insensitively for names and aliases) and parents exist in the same list.
 */
public record Codebook(String name, String description, List<Dimension> dimensions, Map<String, List<Code>> codeLists) {
    public Codebook {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a codebook needs a name");
        }
        description = description == null ? "" : description;
        dimensions = List.copyOf(dimensions);
        Map<String, List<Code>> lists = new LinkedHashMap<>();
        codeLists.forEach((k, v) -> lists.put(k, List.copyOf(v)));
        codeLists = java.util.Collections.unmodifiableMap(lists);
        Set<String> dimNames = new HashSet<>();
        for (Dimension d : dimensions) {
            if (!dimNames.add(d.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("dimension '" + d.name() + "' appears twice");
            }
            if (d.kind().takesCodes() && !codeLists.containsKey(d.codeList())) {
                throw new IllegalArgumentException("dimension '" + d.name() + "' uses code list '" + d.codeList()
                        + "', which the codebook does not have");
            }
        }
        codeLists.forEach(Codebook::checkList);
    }

    private static void checkList(String listName, List<Code> codes) {
        Map<String, String> names = new HashMap<>();
        Set<String> keys = new HashSet<>();
        Set<String> uuids = new HashSet<>();
        for (Code c : codes) {
            if (!uuids.add(c.uuid())) {
                throw new IllegalArgumentException("code uuid " + c.uuid() + " appears twice in '" + listName + "'");
            }
            String n = fold(c.name());
            if (names.put(n, c.name()) != null) {
                throw new IllegalArgumentException("code '" + c.name() + "' appears twice in '" + listName + "'");
            }
            if (c.key() != null && !keys.add(c.key())) {
                throw new IllegalArgumentException("key '" + c.key() + "' is used twice in '" + listName + "'");
            }
        }
        for (Code c : codes) {
            for (String alias : c.aliases()) {
                String prev = names.put(fold(alias), c.name());
                if (prev != null && !prev.equals(c.name())) {
                    throw new IllegalArgumentException("alias '" + alias + "' of '" + c.name()
                            + "' is also the name or an alias of '" + prev + "' in '" + listName + "'");
                }
            }
            if (c.parentUuid() != null && !uuids.contains(c.parentUuid())) {
                throw new IllegalArgumentException("parent of '" + c.name() + "' is not in '" + listName + "'");
            }
        }
    }

    /** Case- and width-insensitive form used to match names and aliases (ё matches е). */
    public static String fold(String s) {
        return s.strip().replace('ё', 'е').replace('Ё', 'Е').replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public Optional<Dimension> dimension(String dimName) {
        String f = fold(dimName);
        return dimensions.stream().filter(d -> fold(d.name()).equals(f)).findFirst();
    }

    public List<Code> codesOf(Dimension d) {
        return d.kind().takesCodes() ? codeLists.get(d.codeList()) : List.of();
    }

    /** Finds a code of the dimension's list by name or alias (case-insensitive, ё = е). */
    public Optional<Code> findCode(Dimension d, String nameOrAlias) {
        String f = fold(nameOrAlias);
        List<Code> codes = codesOf(d);
        Optional<Code> byName = codes.stream().filter(c -> fold(c.name()).equals(f)).findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        return codes.stream().filter(c -> c.aliases().stream().anyMatch(a -> fold(a).equals(f))).findFirst();
    }

    public List<String> dimensionNames() {
        List<String> out = new ArrayList<>();
        dimensions.forEach(d -> out.add(d.name()));
        return out;
    }
}
