package io.maitre.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.nlu.exr.FoodEval;
import io.maitre.nlu.exr.FoodExr;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The reading rules that come from a menu's shape rather than its words, on a made-up noodle bar that is no pizzeria:
 * vague words, single-choice groups, options naming their item, items named by their category, and the lead
 * category.
 */
class MenuDrivenReadingTest {

    private static final Set<String> BOWL = Set.of("bowl");
    private static final MenuVocabulary NOODLES = new MenuVocabulary("noodles", List.of(
            new MenuVocabulary.ItemTerm("bowl", "bowl", List.of("bowl", "bowls")),
            new MenuVocabulary.ItemTerm("dumplings", "side", List.of("dumplings")),
            new MenuVocabulary.ItemTerm("ginger_fizz", "drink", List.of("ginger fizz"), "ginger-fizz")),
            List.of(
                    option("base", "miso", "miso", "miso bowl", "miso bowls"),
                    option("base", "shoyu", "shoyu", "shoyu bowl", "shoyu bowls"),
                    option("noodle", "udon", "udon"),
                    option("noodle", "soba", "soba"),
                    option("noodle", "rice_noodles", "rice noodles"),
                    option("topping", "egg", "egg"),
                    option("topping", "dumplings", "dumplings"),
                    option("topping", "scallions", "scallions"),
                    new MenuVocabulary.OptionTerm("heat", "mild", List.of("mild"), Set.of("bowl", "dumplings")),
                    option("heat", "light", "light")),
            List.of(new MenuVocabulary.VagueTerm("noodle", List.of("noodles", "noodle"), List.of("udon", "soba"),
                    BOWL)),
            Set.of("base", "heat"));

    private final UnderstandingPipeline pipeline = new UnderstandingPipeline(
            id -> id.equals("noodles") ? Optional.of(NOODLES) : Optional.empty());
    private final FoodExr exr = new FoodExr(NOODLES);

    private String read(String utterance) {
        return exr.forest(pipeline.interpret(utterance, InterpretationContext.of("noodles")).items());
    }

    /** Compared as the benchmark does, the order of nodes and children aside. */
    private void assertReads(String utterance, String gold) {
        String forest = read(utterance);
        assertThat(FoodEval.matches(forest, gold)).as("%s%n  read %s%n  gold %s", utterance, forest, gold).isTrue();
    }

    private static MenuVocabulary.OptionTerm option(String group, String id, String... names) {
        return new MenuVocabulary.OptionTerm(group, id, List.of(names), BOWL);
    }

    @Test
    void aVagueWordLeavesTheChoiceOpenAndIsNeverGuessed() {
        List<ItemRequest> items = pipeline.interpret("two miso bowls with noodles and egg",
                InterpretationContext.of("noodles")).items();

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.options()).extracting(OptionRequest::id).containsExactlyInAnyOrder("miso", "egg");
            assertThat(item.vagueOptions()).containsExactly(
                    new VagueOption("noodle", List.of("udon", "soba"), null));
        });
        assertReads("a shoyu bowl with rice noodles",
                "(BOWL_ORDER (NUMBER 1 ) (BASE shoyu ) (NOODLE rice_noodles ) )");
    }

    @Test
    void aNegationCarriesOverAndWithinItsGroupOnly() {
        assertReads("a miso bowl with no noodles and mild",
                "(BOWL_ORDER (NUMBER 1 ) (BASE miso ) (NOT (NOODLE (OR udon soba ) ) ) (HEAT mild ) )");
        assertReads("a miso bowl with no egg and scallions",
                "(BOWL_ORDER (NUMBER 1 ) (BASE miso ) (NOT (TOPPING egg ) ) (NOT (TOPPING scallions ) ) )");
    }

    @Test
    void butBetweenTwoOptionsOfOneGroupTakesTheSecondAway() {
        assertReads("a miso bowl with egg but scallions",
                "(BOWL_ORDER (NUMBER 1 ) (BASE miso ) (TOPPING egg ) (NOT (TOPPING scallions ) ) )");
        assertReads("a miso bowl with egg but mild",
                "(BOWL_ORDER (NUMBER 1 ) (BASE miso ) (TOPPING egg ) (HEAT mild ) )");
    }

    @Test
    void anOptionNamingItsItemOrdersThatItemEvenInAChange() {
        assertReads("three shoyu bowls heavy on the scallions",
                "(BOWL_ORDER (NUMBER 3 ) (BASE shoyu ) (COMPLEX (QUANTITY extra ) (TOPPING scallions ) ) )");
    }

    @Test
    void anotherChoiceInASingleChoiceGroupIsAnotherItemNotOneOfTheItemsBefore() {
        assertReads("three miso with egg no scallions and one shoyu with udon",
                "(BOWL_ORDER (NUMBER 3 ) (BASE miso ) (TOPPING egg ) (NOT (TOPPING scallions ) ) ) "
                        + "(BOWL_ORDER (NUMBER 1 ) (BASE shoyu ) (NOODLE udon ) )");
        assertReads("three miso with egg skip scallions one shoyu with udon",
                "(BOWL_ORDER (NUMBER 3 ) (BASE miso ) (TOPPING egg ) (NOT (TOPPING scallions ) ) ) "
                        + "(BOWL_ORDER (NUMBER 1 ) (BASE shoyu ) (NOODLE udon ) )");
    }

    @Test
    void aCategoryBeforeOfNamesAnItemAndOptionsKeepOtherItemsOut() {
        assertReads("a miso bowl with egg and a side of dumplings",
                "(BOWL_ORDER (NUMBER 1 ) (BASE miso ) (TOPPING egg ) ) (SIDE_ORDER (NUMBER 1 ) "
                        + "(SIDE_TYPE dumplings ) )");
        assertReads("a miso bowl with egg and dumplings",
                "(BOWL_ORDER (NUMBER 1 ) (BASE miso ) (TOPPING egg ) (TOPPING dumplings ) )");
        assertReads("two miso with egg and a ginger fizz",
                "(BOWL_ORDER (NUMBER 2 ) (BASE miso ) (TOPPING egg ) ) (DRINK_ORDER (NUMBER 1 ) "
                        + "(DRINK_TYPE ginger-fizz ) )");
    }

    @Test
    void anAmountWordThatIsAlsoAnOptionQualifiesTheOptionAfterIt() {
        assertReads("a miso bowl with light scallions",
                "(BOWL_ORDER (NUMBER 1 ) (BASE miso ) (COMPLEX (QUANTITY light ) (TOPPING scallions ) ) )");
        assertReads("a light bowl", "(BOWL_ORDER (NUMBER 1 ) (HEAT light ) )");
    }

    @Test
    void optionsAloneThatSeveralItemsTakeGoToTheMenusLeadCategory() {
        assertThat(Lexicon.compile(NOODLES).leadCategory()).isEqualTo("bowl");
        assertReads("two mild please", "(BOWL_ORDER (NUMBER 2 ) (HEAT mild ) )");
    }
}
