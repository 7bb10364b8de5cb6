package org.parley.core.ingest.qdpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a project holds that Parley leaves out, grouped by kind in the order first met, each item by its
 * name, so the import summary can say "skipped 2 picture sources: map.png, photo.jpg".
 */
final class Skipped {
    /** Names shown in a note's text; all of them stay in the note's {@code names}. */
    static final int NAMES_SHOWN = 10;

    private record Kind(String one, String many) {
    }

    private final Map<Kind, List<String>> groups = new LinkedHashMap<>();

    /** One item of a kind ({@code one}, {@code many}: the kind's name in the singular and plural). */
    void add(String one, String many, String name) {
        groups.computeIfAbsent(new Kind(one, many), k -> new ArrayList<>()).add(name == null || name.isBlank() ? "(unnamed)" : name.strip());
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    List<QdpxImport.Note> notes(String file) {
        List<QdpxImport.Note> out = new ArrayList<>();
        groups.forEach((kind, names) -> {
            int n = names.size();
            StringBuilder text = new StringBuilder("skipped ").append(n).append(' ').append(n == 1 ? kind.one() : kind.many())
                    .append(": ").append(String.join(", ", names.subList(0, Math.min(n, NAMES_SHOWN))));
            if (n > NAMES_SHOWN) {
                text.append(" and ").append(n - NAMES_SHOWN).append(" more");
            }
            out.add(new QdpxImport.Note(file, text.toString(), n, names));
        });
        return out;
    }
}
