package org.parley.core.text;

import java.util.Arrays;

/**
 * Converts between UTF-16 indexes (what Java strings and JavaFX count) and Unicode code points (what
 * Parley stores and exports). Built once per document: it records where surrogate pairs begin, so each
 * conversion is a binary search instead of a scan of the text.
 */
public final class Offsets {
    private final int utf16Length;
    /** UTF-16 index of the high surrogate of each supplementary character, ascending. */
    private final int[] pairs;

    private Offsets(int utf16Length, int[] pairs) {
        this.utf16Length = utf16Length;
        this.pairs = pairs;
    }

    public static Offsets of(CharSequence text) {
        int n = text.length();
        int[] found = new int[8];
        int count = 0;
        for (int i = 0; i < n - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++;
            }
        }
        return new Offsets(n, Arrays.copyOf(found, count));
    }

    public int utf16Length() {
        return utf16Length;
    }

    public int codePointLength() {
        return utf16Length - pairs.length;
    }

    /** True when UTF-16 and code point offsets coincide everywhere (no character outside the BMP). */
    public boolean isIdentity() {
        return pairs.length == 0;
    }

    /**
     * The code point offset of a UTF-16 index. An index that falls between the two halves of a surrogate
     * pair is moved back to the start of that character.
     */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > utf16Length) {
            throw new IndexOutOfBoundsException("UTF-16 offset " + utf16 + " outside 0.." + utf16Length);
        }
        // Each pair starting before utf16 adds one UTF-16 unit; an index between the halves of a pair
        // counts that pair too, which lands on the pair's own code point.
        return utf16 - lowerCount(utf16);
    }

    /** The UTF-16 index at which the code point with the given offset starts. */
    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength()) {
            throw new IndexOutOfBoundsException("code point offset " + codePoint + " outside 0.." + codePointLength());
        }
        // pairs[k] starts at code point pairs[k] - k; count pairs whose code point start is < codePoint
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] - mid < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return codePoint + lo;
    }

    private int lowerCount(int utf16) {
        int lo = 0;
        int hi = pairs.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pairs[mid] < utf16) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text between two code point offsets. */
    public static String slice(String text, int startCp, int endCp) {
        int s = text.offsetByCodePoints(0, startCp);
        int e = text.offsetByCodePoints(s, endCp - startCp);
        return text.substring(s, e);
    }
}
