package io.maitre.nlu;

import java.util.HashMap;
import java.util.Map;

/**
 * Texting shorthand and the words it stands for ({@code corpus/texting.tsv}): what the intent classifier reads in
 * place of "ofc", "cu l8r" or "idk", in its tokens and in the meaning vector, so that shorthand the corpus never
 * used reads like the words it abbreviates.
 */
final class Texting {

    /** Where the shorthand is listed, under {@code io/maitre/nlu/}. */
    static final String LEXICON = "corpus/texting.tsv";

    private static final Map<String, String[]> WORDS = new HashMap<>();

    static {
        for (String line : Corpus.lines(LEXICON)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(LEXICON + ": expected shorthand<TAB>words, got " + line);
            }
            WORDS.put(line.substring(0, tab).trim(), line.substring(tab + 1).trim().split(" +"));
        }
    }

    private Texting() {
    }

    /** The words a lower-case word stands for, or null when it is not shorthand. */
    static String[] words(String word) {
        String[] words = WORDS.get(word);
        return words == null ? null : words.clone();
    }
}
