package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    private static List<String> surfaces(String text) {
        return TextNormalizer.tokenize(text).list().stream().map(Token::surface).toList();
    }

    private static List<String> norms(String text) {
        return TextNormalizer.norms(text);
    }

    @Test
    void lowerCasesAndFoldsCompatibilityForms() {
        assertThat(surfaces("Two LARGE Pizzas")).containsExactly("two", "large", "pizzas");
        assertThat(surfaces("ＰＩＺＺＡ ｐｌｅａｓｅ")).containsExactly("pizza", "please");
    }

    @Test
    void dropsLatinAccentsButKeepsOtherScripts() {
        assertThat(surfaces("Jalapeño crème brûlée")).containsExactly("jalapeno", "creme", "brulee");
        assertThat(surfaces("два пиццы")).containsExactly("два", "пиццы");
    }

    @Test
    void dropsPunctuationAndApostrophes() {
        assertThat(surfaces("Hi!!! I'd like... a pizza, please?")).containsExactly("hi", "id", "like", "a", "pizza",
            "please");
        assertThat(surfaces("don’t")).containsExactly("dont");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "7-up            | 7 up",
        "a 7up           | a 7 up",
        "2-liter         | 2 liter",
        "dr. pepper      | dr pepper",
        "gluten-free     | gluten free",
        "coca-cola       | coca cola",
        "6pm             | 6 pm",
        "at 6:30pm       | at 6:30 pm",
        "7.5 fl oz       | 7.5 fl oz",
        "pizza w/ ham    | pizza with ham",
        "pizza w/o ham   | pizza without ham",
        "ham & pineapple | ham and pineapple",
        "lemme get 2     | let me get 2",
        "thx u           | thanks you",
        "what's up       | what is up"})
    void keepsThePunctuationThatCarriesMeaning(String text, String expected) {
        assertThat(String.join(" ", surfaces(text))).isEqualTo(expected);
    }

    @Test
    void canonicalFormsSpellNumbersAsDigitsAndFoldUnits() {
        assertThat(norms("two twelve ounces")).containsExactly("2", "12", "oz");
        assertThat(norms("seven up")).containsExactly("7", "up");
        assertThat(norms("500 milliliters")).containsExactly("500", "ml");
        assertThat(norms("20 minutes")).containsExactly("20", "min");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "<b>Two</b> Jalapeño PIZZAS!";
        Tokens tokens = TextNormalizer.tokenize(text);
        assertThat(tokens.list()).extracting(t -> text.substring(t.start(), t.end()))
            .containsExactly("Two", "Jalapeño", "PIZZAS");
    }

    @Test
    void stripsMarkup() {
        assertThat(surfaces("<p onclick=\"x()\">a <i>large</i> pizza</p>")).containsExactly("a", "large", "pizza");
        assertThat(surfaces("1 < 2 > 0")).containsExactly("1", "2", "0");
    }

    @Test
    void notesSentenceEndsCommasAndQuestions() {
        Tokens tokens = TextNormalizer.tokenize("no, olives. Are you open?");
        assertThat(tokens.boundaryAfter(0)).isTrue();
        assertThat(tokens.sentenceEndAfter(0)).isFalse();
        assertThat(tokens.sentenceEndAfter(1)).isTrue();
        assertThat(tokens.question()).isTrue();
        assertThat(TextNormalizer.tokenize("two pizzas").question()).isFalse();
    }

    @Test
    void readsAtMostTheFirstWordsOfAnyText() {
        assertThat(TextNormalizer.tokenize("pizza ".repeat(5000)).size()).isEqualTo(TextNormalizer.MAX_TOKENS);
        assertThat(TextNormalizer.tokenize("x".repeat(100_000)).size()).isEqualTo(1);
    }

    @Test
    void nothingToReadGivesNoWords() {
        assertThat(TextNormalizer.tokenize(null).size()).isZero();
        assertThat(TextNormalizer.tokenize("").size()).isZero();
        assertThat(TextNormalizer.tokenize("?!... 🍕 \u0000\u0007").size()).isZero();
    }
}
