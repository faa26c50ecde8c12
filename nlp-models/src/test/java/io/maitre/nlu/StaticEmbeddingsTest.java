package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaticEmbeddingsTest {

    private static final StaticEmbeddings TABLE = StaticEmbeddings.bundled();

    @Test
    void wordsSplitIntoThePiecesOfTheEncodersVocabularyAsBertSplitsThem() {
        assertThat(pieces("Cancel")).containsExactly("cancel");
        assertThat(pieces("pepperoni!!")).containsExactly("pepper", "##oni", "!", "!");
        assertThat(pieces("  café,  jalapeño ")).containsExactly("cafe", ",", "ja", "##la", "##pen", "##o");
        assertThat(pieces("x".repeat(101))).containsExactly("[UNK]");
        assertThat(pieces("2 large b4 6:30 31m")).as("words with digits are left out").containsExactly("large", ":");
    }

    @Test
    void aWordTheCorpusLacksReadsLikeTheWordsOfTheSameMeaning() {
        assertThat(cosine("cheers", "thanks")).isGreaterThan(cosine("cheers", "where"));
        assertThat(cosine("pricey", "expensive")).isGreaterThan(cosine("pricey", "delivery"));
        assertThat(cosine("ditch", "cancel")).isGreaterThan(cosine("ditch", "add"));
        assertThat(cosine("cheers mate", "thank you")).isGreaterThan(cosine("cheers mate", "where are you"));
    }

    @Test
    void everyVectorHasUnitLengthOrIsZeroForAMessageWithoutPieces() {
        assertThat(norm(TABLE.of("two large pizzas please"))).isCloseTo(1.0, offset(1e-4));
        assertThat(norm(TABLE.of("\u0000\u0001 \t"))).isZero();
        assertThat(norm(TABLE.of("\uD83C\uDF55\uD83C\uDF55"))).as("two pizza emoji, unknown pieces").isZero();
        assertThat(TABLE.of("")).hasSize(TABLE.dimensions());
    }

    private static List<String> pieces(String text) {
        return TABLE.pieces(text).stream().map(TABLE::piece).toList();
    }

    private static double cosine(String a, String b) {
        return cosine(TABLE.of(a), TABLE.of(b));
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
