package org.parley.core.ingest.qdpx;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.parley.core.text.LineBreaks;

/**
 * A REFI-QDA source text as Parley stores it, with the way back from the tool's positions: positions
 * count code points of the UTF-8 file after any BOM; Parley then makes line breaks LF (a CR LF pair
 * becomes one character), so positions after a CR shift, and {@link #position} shifts them.
 */
final class SourceText {
    final String text;
    private final int[] map; // raw code point index -> stored index; null when the two agree
    private final int rawLength;

    private SourceText(String text, int[] map, int rawLength) {
        this.text = text;
        this.map = map;
        this.rawLength = rawLength;
    }

    static SourceText decode(byte[] bytes, String what) throws ProjectRefused {
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProjectRefused(what + " is not UTF-8 text, as REFI-QDA requires");
        }
        return of(raw);
    }

    static SourceText of(String raw) {
        if (raw.startsWith("\uFEFF")) {
            raw = raw.substring(1);
        }
        int rawLength = raw.codePointCount(0, raw.length());
        String stored = LineBreaks.normalise(raw);
        if (stored.equals(raw)) {
            return new SourceText(stored, null, rawLength);
        }
        int[] map = new int[rawLength + 1];
        int j = 0;
        int cp = 0;
        for (int i = 0; i < raw.length(); ) {
            char c = raw.charAt(i);
            map[cp] = j;
            if ((c == '\r' || c == '\n') && i + 1 < raw.length()) {
                char next = raw.charAt(i + 1);
                if ((next == '\r' || next == '\n') && next != c) {
                    map[cp + 1] = j + 1; // between the two halves of one break: after it
                    i += 2;
                    cp += 2;
                    j++;
                    continue;
                }
            }
            int step = Character.charCount(raw.codePointAt(i));
            i += step;
            cp++;
            j++;
        }
        map[rawLength] = j;
        return new SourceText(stored, map, rawLength);
    }

    /** Code points in the tool's count. */
    int rawLength() {
        return rawLength;
    }

    /** The stored position of a position in the tool's count (0 .. rawLength). */
    int position(int raw) {
        return map == null ? raw : map[raw];
    }
}
