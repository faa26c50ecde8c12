package io.maitre.nlu;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a message means as one vector, read in microseconds: the sentence encoder bge-small-en-v1.5 distilled by
 * the trainer into one vector per word piece of its vocabulary and tuned on the corpus's sentences
 * ({@code EmbeddingDistiller}, in nlp-training), so that a message's meaning is the weighted mean of its pieces'
 * vectors, beside their largest value in each direction. Rare pieces weigh more than frequent ones in the mean (the smooth inverse
 * frequency of Arora et al.), so "cancel" counts for more than "the"; the largest values keep what one strong word
 * says in a long message, which a mean dilutes (the concatenated pooling of Shen et al., 2018). This is what lets
 * the classifier read a word the corpus never used by the words it is close to: "scrap", "ditch" and "cancel" lie
 * near each other. The encoder itself never runs at serving time: it takes milliseconds a message, the table takes
 * microseconds. Safe to share between threads.
 */
final class StaticEmbeddings {

    /** The table's format version, first in the file. */
    static final int FORMAT = 1;
    /** Longer words are unknown, as in BERT: their greedy split would cost time for nothing. */
    private static final int LONGEST_WORD = 100;

    private final List<String> pieces;
    private final Map<String, Integer> ids;
    private final byte[] vectors;
    private final float[] scales;
    private final float[] weights;
    private final int dimensions;
    private final int unknown;
    /** Whether each piece has a letter: punctuation says how, not what, and alone means nothing. */
    private final boolean[] worded;

    StaticEmbeddings(List<String> pieces, byte[] vectors, float[] scales, float[] weights, int dimensions) {
        if (vectors.length != pieces.size() * dimensions || scales.length != pieces.size()
                || weights.length != pieces.size()) {
            throw new IllegalArgumentException("table sizes disagree with " + pieces.size() + " pieces");
        }
        this.pieces = List.copyOf(pieces);
        this.ids = new HashMap<>(pieces.size() * 2);
        for (int i = 0; i < pieces.size(); i++) {
            ids.put(pieces.get(i), i);
        }
        this.vectors = vectors;
        this.scales = scales;
        this.weights = weights;
        this.dimensions = dimensions;
        Integer unk = ids.get("[UNK]");
        if (unk == null) {
            throw new IllegalArgumentException("table has no [UNK] piece");
        }
        this.unknown = unk;
        this.worded = new boolean[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            worded[i] = pieces.get(i).chars().anyMatch(Character::isLetter);
        }
    }

    /** Reads a table written by the trainer's distiller ({@code EmbeddingDistiller}). */
    static StaticEmbeddings read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("embedding table format " + format + ", expected " + FORMAT);
        }
        int size = in.readInt();
        int dimensions = in.readInt();
        List<String> pieces = new ArrayList<>(size);
        byte[] vectors = new byte[size * dimensions];
        float[] scales = new float[size];
        float[] weights = new float[size];
        for (int i = 0; i < size; i++) {
            pieces.add(in.readUTF());
            scales[i] = in.readFloat();
            weights[i] = in.readFloat();
            in.readFully(vectors, i * dimensions, dimensions);
        }
        return new StaticEmbeddings(pieces, vectors, scales, weights, dimensions);
    }

    /** The length of a message's vector: the mean and the largest values, one after the other. */
    int length() {
        return 2 * dimensions;
    }

    /** The piece with this id. */
    String piece(int id) {
        return pieces.get(id);
    }

    /**
     * The message's vector: the weighted mean of its pieces' vectors, then their largest value in each direction,
     * each half of unit length ({@link #length()} in all); all zeros for a message without a word the vocabulary
     * knows (emoji, most scripts other than Latin, punctuation alone), which says nothing about what it means.
     */
    float[] of(String text) {
        float[] sum = new float[dimensions * 2];
        boolean any = false;
        boolean words = false;
        for (int id : pieces(text)) {
            if (id == unknown) {
                continue;
            }
            float factor = weights[id] * scales[id];
            int from = id * dimensions;
            for (int d = 0; d < dimensions; d++) {
                sum[d] += factor * vectors[from + d];
                float x = scales[id] * vectors[from + d];
                if (!any || x > sum[dimensions + d]) {
                    sum[dimensions + d] = x;
                }
            }
            any = true;
            words |= worded[id];
        }
        if (!words) {
            return new float[dimensions * 2];
        }
        unit(sum, 0);
        unit(sum, dimensions);
        return sum;
    }

    private void unit(float[] v, int from) {
        double norm = 0;
        for (int d = from; d < from + dimensions; d++) {
            norm += v[d] * v[d];
        }
        if (norm > 0) {
            float inverse = (float) (1 / Math.sqrt(norm));
            for (int d = from; d < from + dimensions; d++) {
                v[d] *= inverse;
            }
        }
    }

    /**
     * The word pieces of a text as BERT's uncased tokenizer splits it: lower case without accents, split at
     * spaces and around punctuation, texting shorthand read as its words ({@link Texting}), each word split
     * greedily into the longest pieces the vocabulary has. Words with a digit are left out: a quantity, a time or "b4" means nothing alone as a piece vector ("31" read as
     * yes), and the classifier's tokens read them already.
     */
    List<Integer> pieces(String text) {
        String plain = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<Integer> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || Character.isISOControl(c)) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
                continue;
            }
            split(word, out);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                word.append(c);
                split(word, out);
            }
        }
        split(word, out);
        return out;
    }

    private void split(StringBuilder word, List<Integer> out) {
        if (word.isEmpty()) {
            return;
        }
        String w = word.toString();
        word.setLength(0);
        String[] shorthand = Texting.words(w);
        if (shorthand != null) {
            for (String s : shorthand) {
                splitWord(s, out);
            }
            return;
        }
        splitWord(w, out);
    }

    private void splitWord(String w, List<Integer> out) {
        if (w.chars().anyMatch(Character::isDigit)) {
            return;
        }
        if (w.length() > LONGEST_WORD) {
            out.add(unknown);
            return;
        }
        int size = out.size();
        int start = 0;
        while (start < w.length()) {
            Integer found = null;
            int end = w.length();
            for (; end > start; end--) {
                found = ids.get(start == 0 ? w.substring(start, end) : "##" + w.substring(start, end));
                if (found != null) {
                    break;
                }
            }
            if (found == null) {
                out.subList(size, out.size()).clear();
                out.add(unknown);
                return;
            }
            out.add(found);
            start = end;
        }
    }
}
