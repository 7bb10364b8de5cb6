package org.parley.core.coding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.parley.core.model.Code;
import org.parley.core.model.Codebook;

/**
 * Finds the codes of one code list that what a coder typed names, by a code's name or one of its aliases: first
 * those named exactly, then those whose name or alias starts with the typing (or has a word that does: "sta"
 * finds United States), then those that match word by word on a stem ({@link WordForms}: "Украине" finds
 * Ukraine by its alias Украина, "Москвой" finds Russia by Москва, "Americans" finds a code with the alias
 * "American"). Within each group the code list's order is kept. Case and ё/е do not matter.
 */
public final class CodeFinder {
    /** A code found, and the alias it was found by ({@code null} when by its name). */
    public record Found(Code code, String alias) {
        public Found {
            java.util.Objects.requireNonNull(code, "code");
        }
    }

    private record Term(Code code, String alias, String folded, List<String> words, List<String> stems) {
    }

    private static final int EXACT = 0;
    private static final int STARTS = 1;
    private static final int STEM = 2;
    private static final int NONE = 3;

    private final List<Code> codes;
    private final List<Term> terms = new ArrayList<>();

    public CodeFinder(List<Code> codes) {
        this.codes = List.copyOf(codes);
        for (Code c : this.codes) {
            terms.add(term(c, null, c.name()));
            for (String a : c.aliases()) {
                terms.add(term(c, a, a));
            }
        }
    }

    private static Term term(Code c, String alias, String text) {
        return new Term(c, alias, Codebook.fold(text), WordForms.words(text), WordForms.stems(text));
    }

    /** The codes {@code typed} names, best first; none for blank typing. */
    public List<Found> find(String typed) {
        String t = Codebook.fold(typed == null ? "" : typed);
        if (t.isEmpty()) {
            return List.of();
        }
        List<String> words = WordForms.words(t);
        List<String> stems = WordForms.stems(t);
        record Ranked(Found found, int rank, int order) {
        }
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Code c = codes.get(i);
            int best = NONE;
            String via = null;
            for (Term term : terms) {
                if (term.code() != c) {
                    continue;
                }
                int r = rank(term, t, words, stems);
                if (r < best) {
                    best = r;
                    via = term.alias();
                }
            }
            if (best != NONE) {
                out.add(new Ranked(new Found(c, via), best, i));
            }
        }
        out.sort(Comparator.comparingInt(Ranked::rank).thenComparingInt(Ranked::order));
        return out.stream().map(Ranked::found).toList();
    }

    private static int rank(Term term, String folded, List<String> words, List<String> stems) {
        if (term.folded().equals(folded)) {
            return EXACT;
        }
        if (term.folded().startsWith(folded) || term.folded().contains(" " + folded)) {
            return STARTS;
        }
        return !words.isEmpty() && wordsMatch(term, words, stems) ? STEM : NONE;
    }

    /**
     * The same word when a form or stem of one is a form or stem of the other: a light stemmer cuts "Лавров" to
     * "лавр" but "Лаврова" to "лавров", so a word is also the stem of another.
     */
    private static boolean sameWord(String word, String wordStem, String typed, String typedStem) {
        return word.equals(typed) || wordStem.equals(typedStem) || word.equals(typedStem) || wordStem.equals(typed);
    }

    /** The typed words are consecutive words of the term, each the same word or stem, the last also a word's start. */
    private static boolean wordsMatch(Term term, List<String> words, List<String> stems) {
        int n = words.size();
        for (int k = 0; k + n <= term.words().size(); k++) {
            boolean all = true;
            for (int i = 0; i < n && all; i++) {
                String word = term.words().get(k + i);
                boolean same = sameWord(word, term.stems().get(k + i), words.get(i), stems.get(i));
                all = same || (i == n - 1 && word.startsWith(words.get(i)));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
