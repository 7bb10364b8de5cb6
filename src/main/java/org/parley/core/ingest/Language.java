package org.parley.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's language (ISO 639-1) from its script and, for Latin and Cyrillic text, its most
 * frequent short words. Reads the first 1,000 characters only, so it costs
 * little per document.
 * Returns null when the text gives too little evidence.
 */
public final class Language {
    private static final int SAMPLE = 1000;
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "be", "by",
                    "this", "are", "have", "has", "not", "from", "they", "which", "we", "said"),
            "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "un", "du", "que", "qui", "dans", "pour", "pas", "sur",
                    "au", "aux", "ce", "il", "avec", "sont", "par", "nous", "mais"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des",
                    "auf", "für", "dem", "im", "auch", "es", "wir", "sie", "wird", "werden"),
            "es", Set.of("el", "los", "las", "del", "y", "que", "en", "una", "por", "con", "para", "es", "se", "lo", "como",
                    "más", "pero", "sus", "al", "fue", "este", "ha", "también"),
            "it", Set.of("il", "di", "che", "è", "della", "per", "non", "sono", "gli", "del", "una", "con", "anche", "nel",
                    "alla", "le", "dei", "ha"),
            "pt", Set.of("o", "os", "as", "do", "da", "dos", "das", "não", "uma", "em", "para", "com", "que", "é", "por", "ao",
                    "mais", "foi", "também"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "к", "он", "из", "за", "его", "от", "о",
                    "для", "мы", "но", "также", "она", "они", "заявил", "был", "все"),
            "uk", Set.of("і", "та", "що", "не", "на", "з", "до", "це", "як", "від", "його", "для", "але", "також", "він", "її"),
            "bg", Set.of("и", "на", "в", "за", "не", "да", "се", "от", "че", "с", "е", "са", "по", "това", "като", "към"));

    private static final int WORD_SAMPLE = 1000;
    /** Longer words are counted but not looked up: no stop word is longer. */
    private static final int MAX_STOP_WORD = 7;
    private static final Map<String, List<String>> LANGUAGES_OF = byWord();

    private Language() {
    }

    public static String guess(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int latin = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int greek = 0;
        int hebrew = 0;
        int length = sample.length();
        for (int i = 0; i < length; ) {
            char ch = sample.charAt(i);
            int cp = Character.isHighSurrogate(ch) ? sample.codePointAt(i) : ch;
            i += Character.charCount(cp);
            if (cp < 0x80) {
                if (cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z') {
                    latin++;
                }
                continue;
            }
            if (cp >= 0x400 && cp <= 0x4FF) {
                cyrillic++;
                continue;
            }
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (Character.UnicodeScript.of(cp)) {
                case LATIN -> latin++;
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case GREEK -> greek++;
                case HEBREW -> hebrew++;
                default -> { }
            }
        }
        int total = latin + cyrillic + arabic + han + kana + hangul + greek + hebrew;
        if (total < 20) {
            return null;
        }
        if (kana * 10 > total) {
            return "ja";
        }
        if (hangul * 3 > total) {
            return "ko";
        }
        if (han * 3 > total) {
            return "zh";
        }
        if (arabic * 2 > total) {
            return "ar";
        }
        if (greek * 2 > total) {
            return "el";
        }
        if (hebrew * 2 > total) {
            return "he";
        }
        if (cyrillic * 2 > total) {
            return byWords(sample, Set.of("ru", "uk", "bg"), "ru");
        }
        if (latin * 2 > total) {
            return byWords(sample, Set.of("en", "fr", "de", "es", "it", "pt"), null);
        }
        return null;
    }

    private static String byWords(String sample, Set<String> candidates, String fallback) {
        Map<String, Integer> score = new HashMap<>();
        int words = 0;
        boolean ukrainianLetters = false;
        int n = Math.min(sample.length(), WORD_SAMPLE);
        char[] word = new char[MAX_STOP_WORD];
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(sample.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(sample.charAt(i))) {
                char c = sample.charAt(i);
                ukrainianLetters |= c == 'і' || c == 'ї' || c == 'є' || c == 'ґ';
                if (i - start < MAX_STOP_WORD) {
                    word[i - start] = Character.toLowerCase(c);
                }
                i++;
            }
            if (i > start) {
                words++;
                if (i - start <= MAX_STOP_WORD) {
                    for (String lang : LANGUAGES_OF.getOrDefault(new String(word, 0, i - start), List.of())) {
                        if (candidates.contains(lang)) {
                            score.merge(lang, 1, Integer::sum);
                        }
                    }
                }
            }
        }
        if (ukrainianLetters && candidates.contains("uk")) {
            score.merge("uk", words / 5 + 1, Integer::sum);
        }
        String best = fallback;
        int bestScore = 0;
        for (var e : score.entrySet()) {
            if (e.getValue() > bestScore || e.getValue() == bestScore && e.getKey().equals(fallback)) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return bestScore * 20 >= words || fallback != null ? best : null;
    }

    /** Each stop word with the languages it belongs to, so a word is looked up once. */
    private static Map<String, List<String>> byWord() {
        Map<String, List<String>> out = new HashMap<>();
        STOP_WORDS.forEach((lang, words) -> words.forEach(w -> out.computeIfAbsent(w, k -> new ArrayList<>()).add(lang)));
        return out;
    }
}
