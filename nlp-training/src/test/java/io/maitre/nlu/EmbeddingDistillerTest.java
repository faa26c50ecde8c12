package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingDistillerTest {

    private static final float[] EVEN = {1, 1, 1, 1, 1, 1};

    @Test
    void tuningBringsEachSentencesMeanCloserToWhatTheEncoderMadeOfTheSentence() {
        float[][] table = {{1, 0}, {0, 1}, {1, 1}, {1, -1}, {1, 0}, {2, 2}};
        int[][] sentences = {{0, 1}, {2, 3}, {4}};
        float[][] targets = {{1, -1}, {-1, 1}, {0, 1}};

        float[][] tuned = EmbeddingDistiller.fitted(table, EVEN, sentences, targets);

        for (int s = 0; s < sentences.length; s++) {
            assertThat(cosine(mean(tuned, sentences[s]), targets[s]))
                .as("sentence %d", s).isGreaterThan(cosine(mean(table, sentences[s]), targets[s]) + 0.1);
        }
        assertThat(tuned[5]).as("a piece no sentence uses").containsExactly(2, 2);
    }

    @Test
    void aPieceSeenInManySentencesLearnsMoreFromThemThanOneSeenOnce() {
        int size = 40;
        float[][] table = new float[size][];
        for (int i = 0; i < size; i++) {
            table[i] = new float[] {1, 0};
        }
        float[] weights = new float[size];
        Arrays.fill(weights, 1);
        List<int[]> sentences = new ArrayList<>();
        List<float[]> targets = new ArrayList<>();
        sentences.add(new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        targets.add(new float[] {0, 1});
        for (int i = 0; i < 20; i++) {
            sentences.add(new int[] {0, 11 + i % 5, 16 + i % 7, 23, 24, 25, 26, 27, 28, 29});
            targets.add(new float[] {0, 1});
        }

        float[][] tuned = EmbeddingDistiller.fitted(table, weights, sentences.toArray(int[][]::new),
            targets.toArray(float[][]::new));

        assertThat(distance(tuned[0], table[0])).isGreaterThan(1.5 * distance(tuned[1], table[1]));
    }

    @Test
    void withoutSentencesTheTableStaysAsDistilled() {
        float[][] table = {{1, 2}, {3, 4}};
        assertThat(EmbeddingDistiller.fitted(table, EVEN, new int[0][], new float[0][])).isSameAs(table);
    }

    private static float[] mean(float[][] table, int[] pieces) {
        float[] m = new float[table[0].length];
        for (int id : pieces) {
            for (int d = 0; d < m.length; d++) {
                m[d] += table[id][d] / pieces.length;
            }
        }
        return m;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double distance(float[] a, float[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            sum += (a[d] - b[d]) * (a[d] - b[d]);
        }
        return Math.sqrt(sum);
    }
}
