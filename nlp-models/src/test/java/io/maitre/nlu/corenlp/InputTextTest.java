package io.maitre.nlu.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What CoreNLP is given: a bounded prefix, offsets unchanged. */
class InputTextTest {

    @Test
    void keepsAtMostTheLimitWithoutSplittingAnEmoji() {
        assertThat(InputText.prepare("abcdef", 4)).isEqualTo("abcd");
        assertThat(InputText.prepare("abc🍕def", 4)).isEqualTo("abc");
        assertThat(InputText.prepare("ab🍕def", 4)).isEqualTo("ab🍕");
    }

    @Test
    void turnsControlCharactersAndLoneSurrogatesIntoSpaces() {
        assertThat(InputText.prepare("two\u0000pizzas\u001b at\t7\npm", 100)).isEqualTo("two pizzas  at\t7\npm");
        assertThat(InputText.prepare("a\uD83Db\uDC00c", 100)).isEqualTo("a b c");
    }

    @Test
    void readsNullAsEmpty() {
        assertThat(InputText.prepare(null, 10)).isEmpty();
    }
}
