package org.parley.core.ingest.qdpx;

import java.util.List;
import java.util.Map;

/**
 * What Parley takes from a REFI-QDA project, already checked: text sources with their stored text and
 * selections (positions already in stored code points), the code tree, users and notes by GUID, and a
 * list of what the project holds that Parley cannot map, by kind and name. {@code origin} names the
 * program that wrote it (the project's {@code origin} attribute, empty when absent).
 */
record QdaProject(String name, String origin, Map<String, String> users, List<Code> codes, List<Source> sources,
                  Map<String, String> notes, Skipped skipped) {

    record Code(String guid, String name, String colour, String description, List<Code> children) {
    }

    record Source(String guid, String name, String description, String text, List<Selection> selections) {
    }

    /** A coded (or uncoded) span; {@code start}, {@code end} in code points of the stored text. */
    record Selection(String guid, String name, int start, int end, String user, String created,
                     List<String> codeGuids, String description, List<String> noteGuids) {
    }
}
