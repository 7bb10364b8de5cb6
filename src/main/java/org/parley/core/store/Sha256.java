package org.parley.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, of stored text (as UTF-8) or of a file's bytes. */
public final class Sha256 {
    private Sha256() {
    }

    /** One digest per thread, reused: looking the algorithm up again for every file showed in a batch import. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    });

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(DIGEST.get().digest(bytes)); // digest() also resets it for the next use
    }

    public static String ofText(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
