package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Finds the known word within one edit (insertion, deletion, substitution or swap of neighbours) of a typo,
 * by indexing every known word under itself and each of its one-letter deletions.
 */
final class FuzzyIndex {

    /** Shorter typos are too ambiguous ("ham" is one edit from "jam", "has", "am"). */
    static final int MIN_TYPO_LENGTH = 5;
    /** No menu word is longer; longer words are not looked up at all. */
    static final int MAX_TYPO_LENGTH = 24;
    private static final int MIN_WORD_LENGTH = 4;

    private final Map<String, List<String>> index = new HashMap<>();

    FuzzyIndex(Collection<String> words) {
        for (String word : new TreeSet<>(words)) {
            if (word.length() < MIN_WORD_LENGTH || !isAlphabetic(word)) {
                continue;
            }
            put(word, word);
            for (int i = 0; i < word.length(); i++) {
                put(deleteAt(word, i), word);
            }
        }
    }

    private void put(String key, String word) {
        List<String> words = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!words.contains(word)) {
            words.add(word);
        }
    }

    /** The known word one edit away from {@code typo}, or {@code null} when there is none or it is too short. */
    String correct(String typo) {
        if (typo.length() < MIN_TYPO_LENGTH || typo.length() > MAX_TYPO_LENGTH || !isAlphabetic(typo)) {
            return null;
        }
        String best = pick(null, typo, index.get(typo));
        for (int i = 0; i < typo.length(); i++) {
            best = pick(best, typo, index.get(deleteAt(typo, i)));
        }
        return best;
    }

    private static String pick(String best, String typo, List<String> candidates) {
        if (candidates == null) {
            return best;
        }
        for (String candidate : candidates) {
            if (!candidate.equals(typo) && withinOneEdit(typo, candidate)
                    && (best == null || closer(typo, candidate, best))) {
                best = candidate;
            }
        }
        return best;
    }

    /** A slip of one letter ("pepsy") before a letter too many or too few, then the longer word, then a-z. */
    private static boolean closer(String typo, String candidate, String best) {
        boolean sameLength = candidate.length() == typo.length();
        if (sameLength != (best.length() == typo.length())) {
            return sameLength;
        }
        if (candidate.length() != best.length()) {
            return candidate.length() > best.length();
        }
        return candidate.compareTo(best) < 0;
    }

    static boolean withinOneEdit(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == la && i == lb) {
            return true;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        if (la > lb) {
            return a.regionMatches(i + 1, b, i, lb - i);
        }
        return b.regionMatches(i + 1, a, i, la - i);
    }

    private static String deleteAt(String word, int i) {
        return word.substring(0, i) + word.substring(i + 1);
    }

    private static boolean isAlphabetic(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
