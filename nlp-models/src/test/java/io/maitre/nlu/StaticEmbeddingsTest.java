package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StaticEmbeddingsTest {

    private static final StaticEmbeddings TABLE = ShippedModels.get().embeddings();

    @Test
    void wordsSplitIntoThePiecesOfTheEncodersVocabularyAsBertSplitsThem() {
        assertThat(pieces("Cancel")).containsExactly("cancel");
        assertThat(pieces("pepperoni!!")).containsExactly("pepper", "##oni", "!", "!");
        assertThat(pieces("  café,  jalapeño ")).containsExactly("cafe", ",", "ja", "##la", "##pen", "##o");
        assertThat(pieces("x".repeat(101))).containsExactly("[UNK]");
        assertThat(pieces("2 large 6:30 31m")).as("words with digits are left out").containsExactly("large", ":");
        assertThat(pieces("gr8 b4 2nite")).as("unless they are texting shorthand")
            .containsExactly("great", "before", "tonight");
    }

    @Test
    void aWordTheCorpusLacksReadsLikeTheWordsOfTheSameMeaning() {
        assertThat(cosine("cheers", "thanks")).isGreaterThan(cosine("cheers", "where"));
        assertThat(cosine("pricey", "expensive")).isGreaterThan(cosine("pricey", "delivery"));
        assertThat(cosine("ditch", "cancel")).isGreaterThan(cosine("ditch", "add"));
        assertThat(cosine("cheers mate", "thank you")).isGreaterThan(cosine("cheers mate", "where are you"));
    }

    @Test
    void theMeanAndTheLargestValuesEachHaveUnitLengthOrAreZeroForAMessageWithoutPieces() {
        float[] v = TABLE.of("two large pizzas please");
        assertThat(v).hasSize(TABLE.length());
        assertThat(norm(mean(v))).isCloseTo(1.0, offset(1e-4));
        assertThat(norm(largest(v))).isCloseTo(1.0, offset(1e-4));
        assertThat(norm(TABLE.of("\u0000\u0001 \t"))).isZero();
        assertThat(norm(TABLE.of("!!!???...,,,"))).as("punctuation alone").isZero();
        assertThat(norm(TABLE.of("ok?"))).isGreaterThan(1);
        assertThat(norm(TABLE.of("\uD83C\uDF55\uD83C\uDF55"))).as("two pizza emoji, unknown pieces").isZero();
        assertThat(TABLE.of("")).hasSize(TABLE.length());
    }

    @Test
    void theLargestValuesOfAOneWordMessageAreItsMean() {
        float[] v = TABLE.of("cancel");
        assertThat(cosine(mean(v), largest(v))).isCloseTo(1.0, offset(1e-4));
    }

    private static List<String> pieces(String text) {
        return TABLE.pieces(text).stream().map(TABLE::piece).toList();
    }

    /** The cosine of the two messages' means. */
    private static double cosine(String a, String b) {
        return cosine(mean(TABLE.of(a)), mean(TABLE.of(b)));
    }

    private static float[] mean(float[] v) {
        return Arrays.copyOf(v, v.length / 2);
    }

    private static float[] largest(float[] v) {
        return Arrays.copyOfRange(v, v.length / 2, v.length);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
        }
        return dot;
    }

    private static double norm(float[] v) {
        return Math.sqrt(cosine(v, v));
    }
}
