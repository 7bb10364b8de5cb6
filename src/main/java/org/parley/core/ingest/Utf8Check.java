package org.parley.core.ingest;

/**
 * One pass over bytes checking them as UTF-8: whether all are valid, how many real multi-byte
 * sequences there are (evidence the file is UTF-8 at all) and where the first error is.
 */
record Utf8Check(boolean valid, int multiByteSequences, int firstError) {
    static Utf8Check of(byte[] b) {
        int multi = 0;
        int i = 0;
        int n = b.length;
        int firstError = -1;
        while (i < n) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (v >= 0xC2 && v <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (v >= 0xE0 && v <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (v >= 0xF0 && v <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                if (firstError < 0) {
                    firstError = i;
                }
                i++;
                continue;
            }
            int cp = v & (0xFF >> (len + 1));
            boolean ok = i + len <= n;
            for (int k = 1; ok && k < len; k++) {
                int c = b[i + k] & 0xFF;
                ok = (c & 0xC0) == 0x80;
                cp = (cp << 6) | (c & 0x3F);
            }
            if (ok && cp >= min && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                multi++;
                i += len;
            } else {
                if (firstError < 0) {
                    firstError = i;
                }
                i++;
            }
        }
        return new Utf8Check(firstError < 0, multi, firstError);
    }
}
