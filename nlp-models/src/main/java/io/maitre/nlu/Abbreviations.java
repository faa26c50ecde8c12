package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the shorthand people text for menu words, from the menu's own words alone: some of the word's letters in
 * order, starting with its first ("lrg" for large, "chkn" for chicken, "mush" for mushrooms, "jalap" for
 * jalapeno). A shorthand counts only when one menu word (with its plural and compounds) fits it: "pep" fits
 * pepperoni, peppers and pepsi, so it is left to the menu's synonyms. Three letters count only without a vowel
 * after the first ("lrg", "sml"), since three-letter words with one are more often names and words ("tom").
 */
final class Abbreviations {

    static final int MIN_LENGTH = 3;
    static final int MAX_LENGTH = 6;
    /** Shorthand leaves out at least this many letters; closer forms are typos, the fuzzy index's business. */
    private static final int MIN_LEFT_OUT = 2;

    /** The menu words that can be shortened, by their first letter: shorthand keeps the first letter. */
    private final Map<Character, List<String>> wordsByInitial;

    Abbreviations(Collection<String> menuWords) {
        Map<Character, List<String>> kept = new HashMap<>();
        for (String word : new TreeSet<>(menuWords)) {
            if (word.length() >= MIN_LENGTH + MIN_LEFT_OUT && isAlphabetic(word)) {
                kept.computeIfAbsent(word.charAt(0), initial -> new ArrayList<>()).add(word);
            }
        }
        this.wordsByInitial = Map.copyOf(kept);
    }

    /** The one menu word {@code shorthand} stands for, or {@code null} when none or several fit. */
    String expand(String shorthand) {
        if (shorthand.length() < MIN_LENGTH || shorthand.length() > MAX_LENGTH || !isAlphabetic(shorthand)
                || (shorthand.length() == MIN_LENGTH && hasVowelAfterFirst(shorthand))) {
            return null;
        }
        List<String> fits = new ArrayList<>();
        for (String word : wordsByInitial.getOrDefault(shorthand.charAt(0), List.of())) {
            if (word.length() >= shorthand.length() + MIN_LEFT_OUT
                    && inOrder(shorthand, word)) {
                fits.add(word);
            }
        }
        if (fits.isEmpty()) {
            return null;
        }
        String shortest = fits.stream().min(Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder())).orElseThrow();
        return fits.stream().allMatch(w -> w.contains(shortest)) ? shortest : null;
    }

    private static boolean inOrder(String letters, String word) {
        int at = 0;
        for (int i = 0; i < letters.length(); i++) {
            at = word.indexOf(letters.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVowelAfterFirst(String word) {
        for (int i = 1; i < word.length(); i++) {
            if ("aeiou".indexOf(word.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
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
