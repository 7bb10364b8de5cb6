package org.parley.core.model;

import java.util.UUID;

/** Checks and makes the UUIDs that identify documents, claims, codes, dimensions and coders across corpora. */
public final class Ids {
    private Ids() {
    }

    public static String newUuid() {
        return UUID.randomUUID().toString();
    }

    /** Returns the canonical lower-case form, or throws when {@code uuid} is not a UUID. */
    public static String checkUuid(String uuid) {
        if (uuid == null) {
            throw new IllegalArgumentException("a uuid is required");
        }
        try {
            String canonical = UUID.fromString(uuid).toString();
            if (!canonical.equalsIgnoreCase(uuid)) {
                throw new IllegalArgumentException("not a uuid: " + uuid);
            }
            return canonical;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a uuid: " + uuid);
        }
    }

    public static boolean isUuid(String s) {
        try {
            checkUuid(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
