package org.parley.core.ingest.qdpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * QualCoder (and other tools) write one selection per coding, so one span with four codes arrives as
 * four selections: in a project Parley did not write, selections of one source with the same span and
 * the same user are one claim with all their codes, descriptions and notes, under the first one's GUID.
 * A Parley project's selections are its claims (GUID = claim uuid) and stay as they are.
 */
final class SameSpanSelections {
    private record Key(int start, int end, String user) {
    }

    private SameSpanSelections() {
    }

    /** True when the project's {@code origin} attribute names Parley. */
    static boolean writtenByParley(String origin) {
        return origin != null && origin.strip().toLowerCase(Locale.ROOT).startsWith("parley");
    }

    static List<QdaProject.Selection> merge(List<QdaProject.Selection> selections) {
        Map<Key, List<QdaProject.Selection>> groups = new LinkedHashMap<>();
        for (QdaProject.Selection s : selections) {
            groups.computeIfAbsent(new Key(s.start(), s.end(), s.user()), k -> new ArrayList<>()).add(s);
        }
        List<QdaProject.Selection> out = new ArrayList<>();
        for (List<QdaProject.Selection> group : groups.values()) {
            out.add(group.size() == 1 ? group.get(0) : one(group));
        }
        return out;
    }

    private static QdaProject.Selection one(List<QdaProject.Selection> group) {
        QdaProject.Selection first = group.get(0);
        List<String> codes = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (QdaProject.Selection s : group) {
            addNew(codes, s.codeGuids());
            addNew(descriptions, s.description().isBlank() ? List.of() : List.of(s.description()));
            addNew(notes, s.noteGuids());
        }
        return new QdaProject.Selection(first.guid(), first.name(), first.start(), first.end(), first.user(), first.created(),
                codes, String.join("\n", descriptions), notes);
    }

    private static void addNew(List<String> into, List<String> items) {
        items.stream().filter(Objects::nonNull).filter(i -> !into.contains(i)).forEach(into::add);
    }
}
