package io.maitre.nlu.exr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PizzaEvalTest {

    private static final String GOLD = "(ORDER (PIZZAORDER (NUMBER 2 ) (SIZE LARGE ) (TOPPING HAM ) (TOPPING OLIVES ) ) "
        + "(DRINKORDER (NUMBER 1 ) (DRINKTYPE COKE ) ) )";

    @Test
    void childrenMatchInAnyOrder() {
        assertThat(PizzaEval.matches(GOLD, "(ORDER (DRINKORDER (DRINKTYPE COKE ) (NUMBER 1 ) ) "
            + "(PIZZAORDER (TOPPING OLIVES ) (TOPPING HAM ) (SIZE LARGE ) (NUMBER 2 ) ) )")).isTrue();
        assertThat(PizzaEval.matches("(ORDER (PIZZAORDER (NUMBER 1))(PIZZAORDER (NUMBER 2)))",
            "(ORDER (PIZZAORDER (NUMBER 2 ) ) (PIZZAORDER (NUMBER 1 ) ) )")).isTrue();
    }

    @Test
    void duplicatesAndDepthMatter() {
        assertThat(PizzaEval.matches("(ORDER (PIZZAORDER (NUMBER 1 ) (TOPPING HAM ) ) )",
            "(ORDER (PIZZAORDER (NUMBER 1 ) (TOPPING HAM ) (TOPPING HAM ) ) )")).isFalse();
        assertThat(PizzaEval.matches("(ORDER (PIZZAORDER (NUMBER 1 ) (NOT (TOPPING HAM ) ) ) )",
            "(ORDER (PIZZAORDER (NUMBER 1 ) (TOPPING HAM ) ) )")).isFalse();
        assertThat(PizzaEval.matches(GOLD, GOLD.replace("LARGE", "SMALL"))).isFalse();
    }

    @Test
    void malformedTreesMatchNothing() {
        assertThat(PizzaEval.matches("(ORDER (PIZZAORDER ", "(ORDER (PIZZAORDER ")).isFalse();
        assertThat(PizzaEval.matches(null, GOLD)).isFalse();
        assertThat(PizzaEval.canonical("")).isEmpty();
        assertThat(PizzaEval.canonical("(ORDER ) )")).isEmpty();
        assertThat(PizzaEval.canonical("(( ))")).isEmpty();
    }

    @Test
    void canonicalFormSortsChildren() {
        assertThat(PizzaEval.canonical("(ORDER (B x ) (A y z ) )")).contains("(ORDER (A y z ) (B x ) )");
    }

    @Test
    void scoresAJsonLinesFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.json");
        Files.write(file, List.of(
            "{\"dev.SRC\": \"a coke\", \"dev.EXR\": \"(ORDER (DRINKORDER (NUMBER 1 ) (DRINKTYPE COKE ) ) )\"}",
            "",
            "{\"dev.SRC\": \"a sprite\", \"dev.EXR\": \"(ORDER (DRINKORDER (NUMBER 1 ) (DRINKTYPE SPRITE ) ) )\"}"));
        PizzaEval.Score score = PizzaEval.evaluate(file, text -> "(ORDER (DRINKORDER (DRINKTYPE COKE ) (NUMBER 1 ) ) )");
        assertThat(score.total()).isEqualTo(2);
        assertThat(score.matched()).isEqualTo(1);
        assertThat(score.accuracy()).isEqualTo(0.5);
        assertThat(score.misses()).singleElement().satisfies(m -> assertThat(m.text()).isEqualTo("a sprite"));
    }
}
