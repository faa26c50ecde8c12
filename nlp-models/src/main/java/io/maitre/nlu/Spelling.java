package io.maitre.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The corpus's words, to read a word texted without its vowels ("cncl", "rmv") as the corpus word it abbreviates,
 * and a word with drawn-out letters ("noo") as the corpus word without them; a word the corpus has, or one with
 * vowels, is otherwise taken as it is. Counted from the corpus by the trainer and shipped as a model ({@value #FILE}:
 * a {@code w<TAB>word} line for each word, then a {@code k<TAB>skeleton<TAB>word} line for each consonant skeleton and
 * the word it stands for), so start-up never reads the corpus. Immutable.
 */
final class Spelling {

    /** Where the shipped vocabulary lies, under {@code io/maitre/nlu/}. */
    static final String FILE = "model/spelling.tsv";

    private final Set<String> words;
    private final Map<String, String> bySkeleton;

    private Spelling(Set<String> words, Map<String, String> bySkeleton) {
        this.words = Set.copyOf(words);
        this.bySkeleton = Map.copyOf(bySkeleton);
    }

    /**
     * The vocabulary of these texts, as the normalizer splits them into words. A skeleton stands for its most
     * frequent word; between words as frequent, for the first one met in a walk of the counts that depends only on
     * the texts.
     */
    static Spelling counted(List<String> texts) {
        Map<String, Integer> counts = new HashMap<>();
        for (String text : texts) {
            for (Token token : TextNormalizer.tokenize(text).list()) {
                counts.merge(token.norm(), 1, Integer::sum);
            }
        }
        Map<String, Integer> best = new HashMap<>();
        Map<String, String> bySkeleton = new HashMap<>();
        counts.forEach((word, count) -> {
            if (word.length() >= 3 && !isNumber(word) && !vowelless(word)) {
                String key = IntentFeatures.skeleton(word);
                if (count > best.getOrDefault(key, 0)) {
                    best.put(key, count);
                    bySkeleton.put(key, word);
                }
            }
        });
        return new Spelling(counts.keySet(), bySkeleton);
    }

    /** Reads a vocabulary written by {@link #lines()}. */
    static Spelling read(InputStream in) throws IOException {
        Set<String> words = new HashSet<>();
        Map<String, String> bySkeleton = new HashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.split("\t", -1);
            if (fields.length == 2 && fields[0].equals("w")) {
                words.add(fields[1]);
            } else if (fields.length == 3 && fields[0].equals("k")) {
                bySkeleton.put(fields[1], fields[2]);
            } else {
                throw new IOException("not a spelling line: " + line);
            }
        }
        return new Spelling(words, bySkeleton);
    }

    /** The vocabulary as lines, sorted. */
    List<String> lines() {
        List<String> lines = new ArrayList<>(words.size() + bySkeleton.size());
        new TreeSet<>(words).forEach(word -> lines.add("w\t" + word));
        new TreeMap<>(bySkeleton).forEach((skeleton, word) -> lines.add("k\t" + skeleton + "\t" + word));
        return lines;
    }

    int size() {
        return words.size();
    }

    /** The corpus word a texted word stands for, or the word itself. */
    String out(String word) {
        if (words.contains(word) || isNumber(word)) {
            return word;
        }
        String squeezed = IntentFeatures.squeeze(word);
        if (words.contains(squeezed)) {
            return squeezed;
        }
        if (word.length() < 3 || !vowelless(word)) {
            return word;
        }
        return bySkeleton.getOrDefault(IntentFeatures.skeleton(word), word);
    }

    private static boolean vowelless(String word) {
        for (int i = 1; i < word.length(); i++) {
            if ("aeiou".indexOf(word.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(String norm) {
        return !norm.isEmpty() && TextNormalizer.isAsciiDigit(norm.charAt(0));
    }
}
