package org.parley.core.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Name-based GUIDs (UUID version 3) for things Parley has no uuid of its own for: a code as it
 * appears under one dimension (the same actor under speaker and under target is two REFI-QDA codes),
 * a coder known by name, a claim's memo note, a Web Annotation page. The same parts always give the same GUID, so exporting
 * twice gives the same project and a re-import can recognise what it wrote.
 */
public final class Guids {
    private Guids() {
    }

    public static String of(String... parts) {
        return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public static String codeUnder(String dimensionUuid, String codeUuid) {
        return of("parley-code", dimensionUuid, codeUuid);
    }

    public static String coder(String name) {
        return of("parley-coder", name);
    }
}
