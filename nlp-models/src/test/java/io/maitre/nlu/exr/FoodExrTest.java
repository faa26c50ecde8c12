package io.maitre.nlu.exr;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.MenuVocabulary;
import io.maitre.nlu.OptionRequest;
import io.maitre.nlu.Qualifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FoodOrdering adapter on a small made-up menu written in the benchmark's terms. */
class FoodExrTest {

    private static final MenuVocabulary MENU = new MenuVocabulary("tacos", List.of(
            new MenuVocabulary.ItemTerm("taco", "taco", List.of("taco")),
            new MenuVocabulary.ItemTerm("lemonade", "drink", List.of("lemonade"))),
            List.of(new MenuVocabulary.OptionTerm("main_filling", "steak", List.of("steak"), Set.of("taco"))));

    private final FoodExr exr = new FoodExr(MENU);

    @Test
    void writesOneNodePerItemWithSlotsFromGroupsAndTypesFromCategories() {
        String forest = exr.forest(List.of(
                new ItemRequest("taco", 2, List.of(new OptionRequest("main_filling", "steak", null),
                        new OptionRequest("bean_filling", "black_beans", Qualifier.NONE),
                        new OptionRequest("topping", "cheese", Qualifier.EXTRA)), null),
                new ItemRequest("lemonade", null, List.of(), null),
                new ItemRequest(null, 3, List.of(), null)));

        assertThat(forest).isEqualTo("(TACO_ORDER (NUMBER 2 ) (MAIN_FILLING steak ) (NOT (BEAN_FILLING black_beans ) ) "
                + "(COMPLEX (QUANTITY extra ) (TOPPING cheese ) ) ) (DRINK_ORDER (NUMBER 1 ) (DRINK_TYPE lemonade ) )");
        assertThat(exr.forest(List.of())).isEmpty();
    }

    @Test
    void forestsMatchWhateverTheOrderOfNodesAndChildren() {
        assertThat(FoodEval.matches("(A (NUMBER 1 ) (X a ) ) (B (NUMBER 2 ) )", "(B (NUMBER 2 ) ) (A (X a ) (NUMBER 1 ) )"))
                .isTrue();
        assertThat(FoodEval.matches("(A (NUMBER 1 ) )", "(A (NUMBER 1 ) ) (A (NUMBER 1 ) )")).isFalse();
        assertThat(FoodEval.matches("", "(A (NUMBER 1 ) )")).isFalse();
    }

    @Test
    void turnsTopAliasIntoExrWithTheCatalogs(@TempDir Path venue) throws IOException {
        Files.createDirectories(venue.resolve("alias"));
        Files.writeString(venue.resolve("schema.json"), """
                {"intents": [{"name": "TACO_ORDER", "slots": [
                  {"slotName": "BEAN_FILLING", "path": "alias/beans.txt"},
                  {"slotName": "TOPPING", "path": "alias/toppings.txt"},
                  {"slotName": "QUANTITY", "path": "alias/quantity.txt"},
                  {"slotName": "NUMBER", "path": "alias/number.txt"}]}]}
                """);
        Files.writeString(venue.resolve("alias/beans.txt"), "beans\tBEAN_FILLING(Or(black_beans,pinto_beans))\n");
        Files.writeString(venue.resolve("alias/toppings.txt"), "a shot\tTOPPING(ESPRESSO_SHOT(1))\nguac\tTOPPING(guacamole)\n");
        Files.writeString(venue.resolve("alias/quantity.txt"), "lots of\tquantity(extra)\n");
        Files.writeString(venue.resolve("alias/number.txt"), "two\tnumber(2)\n");

        String exr = FoodEval.ofCatalogs(venue).exrOf("(TACO_ORDER (NUMBER two ) (NOT (BEAN_FILLING beans ) ) "
                + "(COMPLEX (QUANTITY lots of ) (TOPPING guac ) ) (TOPPING a shot ) ) (TACO_ORDER (TOPPING guac ) )");

        assertThat(exr).isEqualTo("(TACO_ORDER (NUMBER 2 ) (NOT (BEAN_FILLING (OR black_beans pinto_beans ) ) ) "
                + "(COMPLEX (QUANTITY extra ) (TOPPING guacamole ) ) (TOPPING (ESPRESSO_SHOT 1 ) ) ) "
                + "(TACO_ORDER (NUMBER 1 ) (TOPPING guacamole ) )");
    }
}
