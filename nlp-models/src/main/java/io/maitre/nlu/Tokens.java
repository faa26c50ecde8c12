package io.maitre.nlu;

import java.util.List;

/**
 * The normalized words of an utterance with the punctuation that matters between them.
 *
 * @param list the words, at most {@link TextNormalizer#MAX_TOKENS}
 * @param boundaryAfter per word: {@link #NONE}, {@link #COMMA} or {@link #SENTENCE} (. ! ? ; or a line break)
 * @param question whether the text contains a question mark
 */
record Tokens(List<Token> list, byte[] boundaryAfter, boolean question) {

    static final byte NONE = 0;
    static final byte COMMA = 1;
    static final byte SENTENCE = 2;

    static final Tokens EMPTY = new Tokens(List.of(), new byte[0], false);

    int size() {
        return list.size();
    }

    Token get(int i) {
        return list.get(i);
    }

    String norm(int i) {
        return list.get(i).norm();
    }

    String surface(int i) {
        return list.get(i).surface();
    }

    /** Whether punctuation separates word {@code i} from the next one. */
    boolean boundaryAfter(int i) {
        return i >= 0 && i < boundaryAfter.length && boundaryAfter[i] != NONE;
    }

    boolean sentenceEndAfter(int i) {
        return i >= 0 && i < boundaryAfter.length && boundaryAfter[i] == SENTENCE;
    }
}
