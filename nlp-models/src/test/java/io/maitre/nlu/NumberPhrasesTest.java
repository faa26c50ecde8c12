package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberPhrasesTest {

    private static NumberPhrases.Match read(String text) {
        return NumberPhrases.at(TextNormalizer.tokenize(text), 0);
    }

    @ParameterizedTest
    @CsvSource({
        "a, 1, 1", "an, 1, 1", "one, 1, 1", "two, 2, 1", "three, 3, 1", "four, 4, 1", "five, 5, 1", "six, 6, 1",
        "seven, 7, 1", "eight, 8, 1", "nine, 9, 1", "ten, 10, 1", "eleven, 11, 1", "twelve, 12, 1",
        "fifteen, 15, 1", "2, 2, 1", "12, 12, 1", "twenty four, 24, 2", "twenty-four, 24, 2", "thirty, 30, 1",
        "a dozen, 12, 2", "dozen, 12, 1", "two dozen, 24, 2", "half a dozen, 6, 3", "a couple of, 2, 3",
        "a couple, 2, 2", "another, 1, 1"})
    void readsQuantities(String text, int value, int length) {
        NumberPhrases.Match m = read(text);
        assertThat(m).isNotNull();
        assertThat(m.value()).isEqualTo(value);
        assertThat(m.length()).isEqualTo(length);
    }

    @Test
    void anArticleCountsAsOneButSaysLittle() {
        assertThat(read("a pizza").article()).isTrue();
        assertThat(read("one pizza").article()).isFalse();
    }

    @Test
    void digitsAfterATensWordAreNotAdded() {
        assertThat(read("twenty 4").value()).isEqualTo(20);
        assertThat(read("20 4").value()).isEqualTo(20);
    }

    @Test
    void wordsAndHugeNumbersAreNoQuantity() {
        assertThat(read("pizza")).isNull();
        assertThat(read("12345678901")).isNull();
        assertThat(read("7.5")).isNull();
    }
}
