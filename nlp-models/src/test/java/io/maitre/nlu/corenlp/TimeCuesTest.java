package io.maitre.nlu.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cheap check that keeps SUTime off utterances without a time. */
class TimeCuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"at 6:30", "7pm", "7 p.m.", "at 7", "by eight", "tonight", "tomorrow at noon",
        "in 20 minutes", "in 20 mins", "in an hour", "asap", "as soon as possible", "now", "right away",
        "Friday", "half past six", "7 o'clock", "this evening", "20 minutes later"})
    void seesTimeCues(String text) {
        assertThat(CoreNlpAnalyzer.mayContainTime(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two large pepperoni pizzas", "a dozen wings and 3 cokes", "no olives please",
        "what's on the menu", "a pizza for 2", "12 inch pizza", "yes", ""})
    void seesNoneInPlainOrders(String text) {
        assertThat(CoreNlpAnalyzer.mayContainTime(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "🍕", "x"})
    void acceptsAnything(String text) {
        assertThat(CoreNlpAnalyzer.mayContainTime(text)).isFalse();
        assertThat(CoreNlpAnalyzer.mayContainTime(null)).isFalse();
    }
}
