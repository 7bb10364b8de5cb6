package org.parley.core.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;
import org.parley.core.model.Codebook;

/**
 * The words of a name or of what a coder typed, folded ({@link Codebook#fold}: case, ё = е) and cut to a stem,
 * so that an inflected form finds its base: Russian words by Lucene's light Russian stemmer ("Украине" and
 * "Украина" are both "украин", "Лаврова" is "лавров"), Latin words by Lucene's minimal English stemmer (plurals:
 * "Americans" is "american"). Other scripts are kept as folded.
 */
public final class WordForms {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CYRILLIC = Pattern.compile(".*\\p{IsCyrillic}.*");
    private static final Pattern LATIN = Pattern.compile(".*\\p{IsLatin}.*");

    private WordForms() {
    }

    /** The folded words of {@code text}, in order, punctuation dropped ("U.S. Navy" gives u, s, navy). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(Codebook.fold(text))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The stem of one folded word. */
    public static String stem(String folded) {
        char[] chars = folded.toCharArray();
        int length;
        if (CYRILLIC.matcher(folded).matches()) {
            length = new RussianLightStemmer().stem(chars, chars.length);
        } else if (LATIN.matcher(folded).matches()) {
            length = new EnglishMinimalStemmer().stem(chars, chars.length);
        } else {
            length = chars.length;
        }
        return new String(chars, 0, length);
    }

    /** The stems of {@link #words}. */
    public static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        for (String w : words(text)) {
            out.add(stem(w));
        }
        return out;
    }
}
