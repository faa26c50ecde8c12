package io.maitre.nlu;

import static io.maitre.nlu.Utterances.items;
import static io.maitre.nlu.Utterances.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrderCompositionTest {

    @Test
    void givesEachItemItsQuantitySizeAndToppings() {
        assertThat(items("two large pizzas with ham and a small one with olives and three cokes"))
            .isEqualTo("pizza x2 size/large topping/ham | pizza x1 size/small topping/olives | coke x3");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a large pepperoni                               | pizza x1 size/large topping/pepperoni",
        "one margherita                                  | pizza x1 style/margherita",
        "two large thin crust                            | pizza x2 size/large style/thin_crust",
        "can i get a medium with olives and tuna         | pizza x1 size/medium topping/olives topping/tuna",
        "ill take one large with pineapple               | pizza x1 size/large topping/pineapple"})
    void optionsWithoutAnItemMeanAPizza(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a pizza with no olives                    | pizza x1 topping/olives:none",
        "a pizza without onions                    | pizza x1 topping/onions:none",
        "a pizza, hold the onions and peppers      | pizza x1 topping/onions:none topping/peppers:none",
        "a ham pizza but not thin crust            | pizza x1 topping/ham style/thin_crust:none",
        "a pizza with ham, i don't want any olives | pizza x1 topping/ham topping/olives:none",
        "a pizza with tuna but avoid onions        | pizza x1 topping/tuna topping/onions:none",
        "a pizza, leave off the mushrooms          | pizza x1 topping/mushrooms:none",
        "a pizza w/o ham                           | pizza x1 topping/ham:none"})
    void negationsMakeOptionsNone(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @Test
    void aNegationStopsAtWithButAndNewItems() {
        assertThat(items("a pizza without ham and with pineapple"))
            .isEqualTo("pizza x1 topping/ham:none topping/pineapple");
        assertThat(items("a pizza with no olives but onions")).isEqualTo("pizza x1 topping/olives:none topping/onions");
        assertThat(items("a pizza with no onions and a coke")).isEqualTo("pizza x1 topping/onions:none | coke x1");
        assertThat(items("no ham please and extra cheese on a small pizza"))
            .isEqualTo("pizza x1 topping/ham:none topping/cheese:extra size/small");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a pizza with extra cheese                 | pizza x1 topping/cheese:extra",
        "a pizza with lots of mushrooms            | pizza x1 topping/mushrooms:extra",
        "a pizza with a lot of olives              | pizza x1 topping/olives:extra",
        "a pizza with double pepperoni             | pizza x1 topping/pepperoni:extra",
        "a pizza, light on the sauce               | pizza x1 topping/sauce:light",
        "a pizza with a little oregano             | pizza x1 topping/oregano:light",
        "a pizza with a drizzle of olive oil       | pizza x1 topping/olive_oil:light",
        "a pizza with extra cheese and ham         | pizza x1 topping/cheese:extra topping/ham"})
    void amountsQualifyTheNextOption(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @Test
    void noExtraIsANoteForTheKitchenNotNone() {
        assertThat(items("a sausage pizza with no extra cheese"))
            .isEqualTo("pizza x1 topping/sausage note=no extra cheese");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a 2 liter bottle of coke                  | coke x1 volume/2_liter container/bottle",
        "two cans of sprite                        | sprite x2 container/can",
        "three 20 fl oz diet cokes                 | diet_coke x3 volume/20_floz",
        "a coke in a can                           | coke x1 container/can",
        "six large cokes                           | coke x6 size/large",
        "a small 7-up                              | seven_up x1 size/small"})
    void drinksTakeContainerVolumeAndSize(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a dozen wings                             | wings x1 size/12_piece",
        "12 wings                                  | wings x1 size/12_piece",
        "six wings                                 | wings x1 size/6_piece",
        "two dozen wings                           | wings x2 size/12_piece",
        "two orders of wings                       | wings x2",
        "wings                                     | wings"})
    void piecesCountedInTheQuantityBecomeAPieceOption(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @Test
    void quantityIsNullWhenUnsaid() {
        assertThat(read("pepperoni pizza").items()).singleElement()
            .satisfies(item -> assertThat(item.quantity()).isNull());
        assertThat(read("a pepperoni pizza").items().get(0).quantity()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a large pizza and a medium coke            ; pizza x1 size/large | coke x1 size/medium",
        "a coke and a large pepperoni pizza         ; coke x1 | pizza x1 size/large topping/pepperoni",
        "a coke and large pepperoni pizza           ; coke x1 | pizza size/large topping/pepperoni",
        "two dr peppers three pepsis and a sprite   ; dr_pepper x2 | pepsi x3 | sprite x1",
        "four large pizzas and one cheese pizza     ; pizza x4 size/large | pizza x1 topping/cheese",
        "a medium pizza, a garlic bread and 2 cokes ; pizza x1 size/medium | garlic_bread x1 | coke x2"})
    void splitsSeveralItems(String text, String expected) {
        assertThat(items(text)).isEqualTo(expected);
    }

    @Test
    void oneWithSharesTheItemsOfSeveral() {
        assertThat(items("two medium pizzas, one with ham and one with pineapple"))
            .isEqualTo("pizza x1 size/medium topping/ham | pizza x1 size/medium topping/pineapple");
        assertThat(items("three large pizzas, one with ham"))
            .isEqualTo("pizza x2 size/large | pizza x1 size/large topping/ham");
        assertThat(items("i'd like two mediums, one pepperoni one sausage"))
            .isEqualTo("pizza x1 size/medium topping/pepperoni | pizza x1 size/medium topping/sausage");
        assertThat(items("i want 2 pizzas: 1 with ham and 1 with pineapple"))
            .isEqualTo("pizza x1 topping/ham | pizza x1 topping/pineapple");
    }

    @Test
    void oneAfterAnOptionRefersBack() {
        assertThat(items("a coke and a large one")).isEqualTo("coke x1 | coke x1 size/large");
        assertThat(items("two large ones")).isEqualTo("pizza x2 size/large");
        assertThat(read("a small one").entities()).extracting(Entity::type).containsExactly("number", "size");
    }

    @Test
    void wordsBeforeAnItemStayWithItEvenWhenItHasNoSuchOption() {
        assertThat(items("a coke and a large side salad")).isEqualTo("coke x1 | side_salad x1 size/large");
    }

    @Test
    void laterSentencesAboutItStillBelongToTheItem() {
        assertThat(items("i want a pizza. make it large please. for toppings i'll take pepperoni and extra cheese"))
            .isEqualTo("pizza x1 size/large topping/pepperoni topping/cheese:extra");
        assertThat(items("five pies and i want them all medium size, on all of those pizzas i want mushrooms"))
            .isEqualTo("pizza x5 size/medium topping/mushrooms");
        assertThat(items("one pizza in small size with onions")).isEqualTo("pizza x1 size/small topping/onions");
    }

    @Test
    void numbersThatCountSomethingElseAreNoQuantity() {
        assertThat(items("one large two topping pizza with ham and bacon"))
            .isEqualTo("pizza x1 size/large topping/ham topping/bacon");
        assertThat(items("a 12 inch pizza")).isEqualTo("pizza x1");
    }

    @Test
    void spokenAndTextedOrdersReadTheSame() {
        assertThat(items("um can i get uh two large pizzas")).isEqualTo("pizza x2 size/large");
        assertThat(items("lemme get 2 lg pepperoni pizzas w/ xtra cheese pls"))
            .isEqualTo("pizza x2 size/large topping/pepperoni topping/cheese:extra");
        assertThat(items("2 LARGE PEPPERONI PIZZAS!!!")).isEqualTo("pizza x2 size/large topping/pepperoni");
    }

    @Test
    void optionsForThePendingItemHaveNoItem() {
        assertThat(items(read("large", "size", "pizza"))).isEqualTo("null size/large");
        assertThat(items(read("a large please", "size", "pizza"))).isEqualTo("null size/large");
        assertThat(items(read("pepperoni and mushrooms but no olives", "option", "pizza")))
            .isEqualTo("null topping/pepperoni topping/mushrooms topping/olives:none");
        assertThat(items(read("a large coke", "size", "pizza"))).isEqualTo("coke x1 size/large");
    }

    @Test
    void changesSayWhatToChangeAndHow() {
        assertThat(items("make it a large")).isEqualTo("null size/large");
        assertThat(items("make that three")).isEqualTo("null x3");
        assertThat(items("change the coke to a sprite")).isEqualTo("coke | sprite");
        assertThat(items("i want sprite instead of coke")).isEqualTo("coke | sprite");
        assertThat(items("make the coke three")).isEqualTo("coke x3");
        assertThat(items("make the pizza large")).isEqualTo("pizza size/large");
        assertThat(items("can you make the large pizza a medium")).isEqualTo("pizza size/large | null size/medium");
    }

    @Test
    void removalsSayWhatToTakeAway() {
        assertThat(items("remove the coke")).isEqualTo("coke");
        assertThat(items("no more cokes")).isEqualTo("coke");
        assertThat(items("take off one sprite")).isEqualTo("sprite x1");
        assertThat(items("take off the onions")).isEqualTo("null topping/onions:none");
    }

    @Test
    void aLoneNoAnswersRatherThanNegates() {
        assertThat(items("no, two cokes")).isEqualTo("coke x2");
        assertThat(items("no wait, a sprite")).isEqualTo("sprite x1");
    }

    @Test
    void negatedItemsAreNotOrdered() {
        assertThat(items("two pizzas and no drinks")).isEqualTo("pizza x2");
        assertThat(items("a pizza but no coke")).isEqualTo("pizza x1");
    }
}
