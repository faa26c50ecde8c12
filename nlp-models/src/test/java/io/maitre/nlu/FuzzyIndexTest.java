package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FuzzyIndexTest {

    private final FuzzyIndex index = new FuzzyIndex(List.of("pepperoni", "mozzarella", "mushrooms", "olives",
        "ham", "sprite"));

    @Test
    void findsTheWordOneEditAway() {
        assertThat(index.correct("peperoni")).isEqualTo("pepperoni");
        assertThat(index.correct("pepperonni")).isEqualTo("pepperoni");
        assertThat(index.correct("pepporoni")).isEqualTo("pepperoni");
        assertThat(index.correct("mozarella")).isEqualTo("mozzarella");
        assertThat(index.correct("mushroosm")).isEqualTo("mushrooms");
        assertThat(index.correct("olivse")).isEqualTo("olives");
    }

    @Test
    void neverCorrectsShortWordsOrFarOnes() {
        assertThat(index.correct("hamm")).isNull();
        assertThat(index.correct("olive")).isEqualTo("olives");
        assertThat(index.correct("oliv")).isNull();
        assertThat(index.correct("peperonni")).isNull();
        assertThat(index.correct("sprites2")).isNull();
    }

    @Test
    void measuresOneEdit() {
        assertThat(FuzzyIndex.withinOneEdit("abcde", "abcde")).isTrue();
        assertThat(FuzzyIndex.withinOneEdit("abcde", "abde")).isTrue();
        assertThat(FuzzyIndex.withinOneEdit("abcde", "abxde")).isTrue();
        assertThat(FuzzyIndex.withinOneEdit("abcde", "abdce")).isTrue();
        assertThat(FuzzyIndex.withinOneEdit("abcde", "badce")).isFalse();
        assertThat(FuzzyIndex.withinOneEdit("abcde", "abc")).isFalse();
    }
}
