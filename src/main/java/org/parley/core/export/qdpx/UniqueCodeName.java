package org.parley.core.export.qdpx;

import org.parley.core.model.Codebook;

/**
 * How a code keeps a name of its own in a REFI-QDA tree when another dimension's branch already has
 * that name ("United States" under speaker and under target): the later one is written
 * {@code United States (target)}, its description opening with a line that names the dimension. The
 * exporter writes both; the .qdpx importer strips them under the dimension they name, so a project
 * that went through QualCoder or ATLAS.ti comes back with the names it had.
 */
public final class UniqueCodeName {
    private UniqueCodeName() {
    }

    /** {@code NAME (DIMENSION)}. */
    public static String of(String name, String dimension) {
        return name + " (" + dimension + ")";
    }

    /** The description of a renamed code: a line naming its dimension, then its own description. */
    public static String describe(String description, String dimension) {
        return (line(dimension) + "\n" + (description == null ? "" : description)).strip();
    }

    /** The name without a {@code (DIMENSION)} suffix naming this dimension (in any case), else as it is. */
    public static String strip(String name, String dimension) {
        String suffix = " (" + dimension + ")";
        if (name.length() > suffix.length()) {
            String tail = name.substring(name.length() - suffix.length());
            if (Codebook.fold(tail).equals(Codebook.fold(suffix))) {
                return name.substring(0, name.length() - suffix.length()).strip();
            }
        }
        return name;
    }

    /** The description without the line {@link #describe} put first for this dimension. */
    public static String stripDescription(String description, String dimension) {
        String first = line(dimension);
        return description.startsWith(first) ? description.substring(first.length()).strip() : description;
    }

    private static String line(String dimension) {
        return "Code of the Parley dimension '" + dimension + "'.";
    }
}
