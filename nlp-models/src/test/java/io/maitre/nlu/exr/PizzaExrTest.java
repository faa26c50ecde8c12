package io.maitre.nlu.exr;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.MenuVocabularyMother;
import io.maitre.nlu.OptionRequest;
import io.maitre.nlu.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class PizzaExrTest {

    private final PizzaExr exr = new PizzaExr(MenuVocabularyMother.demo());

    private static OptionRequest option(String group, String id) {
        return new OptionRequest(group, id, null);
    }

    @Test
    void writesAPizzaOrderWithItsNumberSizeStyleAndToppings() {
        String tree = exr.tree(List.of(new ItemRequest("pizza", 2, List.of(option("size", "large"),
            option("style", "thin_crust"), option("topping", "banana_peppers")), null)));
        assertThat(tree).isEqualTo("(ORDER (PIZZAORDER (NUMBER 2 ) (SIZE LARGE ) (STYLE THIN_CRUST ) "
            + "(TOPPING BANANA_PEPPERS ) ) )");
    }

    @Test
    void numberIsOneWhenUnsaid() {
        assertThat(exr.tree(List.of(new ItemRequest("pizza", null, List.of(), null))))
            .isEqualTo("(ORDER (PIZZAORDER (NUMBER 1 ) ) )");
    }

    @Test
    void writesQualifiers() {
        String tree = exr.tree(List.of(new ItemRequest("pizza", 1, List.of(
            new OptionRequest("topping", "olives", Qualifier.NONE),
            new OptionRequest("style", "thin_crust", Qualifier.NONE),
            new OptionRequest("topping", "cheese", Qualifier.EXTRA),
            new OptionRequest("topping", "olive_oil", Qualifier.LIGHT)), "no extra pepperoni")));
        assertThat(PizzaEval.matches(tree, "(ORDER (PIZZAORDER (NUMBER 1 ) (NOT (TOPPING OLIVES ) ) "
            + "(NOT (STYLE THIN_CRUST ) ) (COMPLEX_TOPPING (QUANTITY EXTRA ) (TOPPING CHEESE ) ) "
            + "(COMPLEX_TOPPING (QUANTITY LIGHT ) (TOPPING OLIVE_OIL ) ) "
            + "(NOT (COMPLEX_TOPPING (QUANTITY EXTRA ) (TOPPING PEPPERONI ) ) ) ) )")).isTrue();
    }

    @Test
    void writesRegularSizeAsPizzaDoes() {
        assertThat(exr.tree(List.of(new ItemRequest("pizza", 1, List.of(option("size", "regular")), null))))
            .contains("(SIZE REGULARSIZE )");
    }

    @Test
    void writesDrinkOrdersWithContainerAndVolume() {
        String tree = exr.tree(List.of(new ItemRequest("diet_coke", 3, List.of(option("container", "bottle"),
            option("volume", "2_liter"), option("size", "large")), null)));
        assertThat(PizzaEval.matches(tree, "(ORDER (DRINKORDER (NUMBER 3 ) (DRINKTYPE DIET_COKE ) "
            + "(CONTAINERTYPE BOTTLE ) (VOLUME 2 LITER ) (SIZE LARGE ) ) )")).isTrue();
    }

    @Test
    void writesVolumesInThePizzaForm() {
        assertThat(PizzaExr.volume("2_liter")).isEqualTo("2 LITER");
        assertThat(PizzaExr.volume("1_liters")).isEqualTo("1 LITER");
        assertThat(PizzaExr.volume("20_floz")).isEqualTo("20 FLOZ");
        assertThat(PizzaExr.volume("20_fl_oz")).isEqualTo("20 FLOZ");
        assertThat(PizzaExr.volume("7_5_floz")).isEqualTo("7.5 FLOZ");
        assertThat(PizzaExr.volume("500_ml")).isEqualTo("500 ML");
        assertThat(PizzaExr.volume("16_oz")).isEqualTo("16 OZ");
    }

    @Test
    void leavesOutWhatThePizzaGrammarHasNoPlaceFor() {
        assertThat(exr.tree(List.of(new ItemRequest("wings", 1, List.of(option("size", "12_piece")), null),
            new ItemRequest(null, null, List.of(option("size", "large")), null)))).isEqualTo("(ORDER )");
        assertThat(exr.tree(List.of())).isEqualTo("(ORDER )");
    }
}
