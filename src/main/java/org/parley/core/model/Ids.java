package org.parley.core.model;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.UUID;

/** Checks and makes the UUIDs that identify documents, claims, codes, dimensions and coders across corpora. */
public final class Ids {
    private Ids() {
    }

    /** Random bytes for {@link #POOL} uuids at a time, from one strong generator. */
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int POOL = 256;
    private static final byte[] pool = new byte[POOL * 16];
    private static int next = POOL;

    /**
     * A random (version 4) uuid, as {@link UUID#randomUUID} makes them but drawing its random bytes 256 uuids
     * at a time: a batch import makes one per document and one per audit row, and asking the system's
     * generator for 16 bytes each time cost more than the rest of a document's bookkeeping.
     */
    public static String newUuid() {
        long msb;
        long lsb;
        synchronized (pool) {
            if (next == POOL) {
                RANDOM.nextBytes(pool);
                next = 0;
            }
            int at = next++ * 16;
            msb = ByteBuffer.wrap(pool, at, 8).getLong();
            lsb = ByteBuffer.wrap(pool, at + 8, 8).getLong();
        }
        msb = msb & ~0xF000L | 0x4000L; // version 4
        lsb = lsb & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L; // IETF variant
        return new UUID(msb, lsb).toString();
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
