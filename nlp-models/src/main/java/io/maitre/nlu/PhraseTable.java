package io.maitre.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Phrases of normalized words with a value each, looked up by their first word so that finding the longest
 * phrase at a position costs a handful of comparisons. Immutable once built, so it is safe to share.
 *
 * @param <T> the value of a phrase
 */
final class PhraseTable<T> {

    /**
     * A phrase and its value.
     *
     * @param words the normalized words
     * @param value what the phrase means
     */
    record Entry<T>(String[] words, T value) {
        int length() {
            return words.length;
        }
    }

    private final Map<String, List<Entry<T>>> byFirst;

    private PhraseTable(Map<String, List<Entry<T>>> byFirst) {
        this.byFirst = byFirst;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** The longest phrase starting at word {@code i} of {@code words}, skipping none that are blocked. */
    Entry<T> longest(String[] words, int i, boolean[] blocked) {
        List<Entry<T>> candidates = byFirst.get(words[i]);
        if (candidates == null) {
            return null;
        }
        for (Entry<T> entry : candidates) {
            if (matches(entry, words, i, blocked)) {
                return entry;
            }
        }
        return null;
    }

    /** Every word of every phrase. */
    void forEachWord(Consumer<String> action) {
        byFirst.values().forEach(entries -> entries.forEach(e -> {
            for (String w : e.words()) {
                action.accept(w);
            }
        }));
    }

    private static <T> boolean matches(Entry<T> entry, String[] words, int i, boolean[] blocked) {
        String[] phrase = entry.words();
        if (i + phrase.length > words.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if ((blocked != null && blocked[i + k]) || !phrase[k].equals(words[i + k])) {
                return false;
            }
        }
        return true;
    }

    /** Collects phrases; the first value given for a phrase wins. */
    static final class Builder<T> {
        private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
        private final Map<String, Entry<T>> byPhrase = new HashMap<>();

        /** Adds a phrase written in plain text; it is normalized like the utterances it will match. */
        Builder<T> add(String phrase, T value) {
            return addWords(TextNormalizer.norms(phrase), value);
        }

        Builder<T> addWords(List<String> words, T value) {
            if (words.isEmpty()) {
                return this;
            }
            String key = String.join(" ", words);
            if (byPhrase.containsKey(key)) {
                return this;
            }
            Entry<T> entry = new Entry<>(words.toArray(String[]::new), value);
            byPhrase.put(key, entry);
            byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(entry);
            return this;
        }

        PhraseTable<T> build() {
            Map<String, List<Entry<T>>> frozen = new HashMap<>();
            byFirst.forEach((first, entries) -> {
                List<Entry<T>> sorted = new ArrayList<>(entries);
                sorted.sort(Comparator.comparingInt((Entry<T> e) -> e.length()).reversed());
                frozen.put(first, List.copyOf(sorted));
            });
            return new PhraseTable<>(frozen);
        }
    }
}
