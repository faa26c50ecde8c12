package io.maitre.nlu;

import static io.maitre.nlu.Utterances.context;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The trained name finder adds what the catalog missed, and only that. */
class NameFinderTest {

    private static final TrainedNameFinder NAMES = ShippedModels.get().names();
    private static final CatalogInterpreter RULES = new CatalogInterpreter(MenuVocabularyMother.source());
    private static final UnderstandingPipeline PIPELINE = new UnderstandingPipeline(MenuVocabularyMother.source());

    private static List<String> added(String text) {
        Interpretation read = RULES.interpret(text, context());
        Interpretation enriched = NAMES.enrich(read, context());
        return enriched.entities().stream().filter(e -> !read.entities().contains(e))
            .map(e -> e.type() + "=" + e.value() + "@" + e.text()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "it's for Maria|name=Maria@Maria",
        "its for maria|name=maria@maria",
        "order for Jenny please|name=Jenny@Jenny",
        "put it under Okafor|name=Okafor@Okafor"})
    void findsNamesStatedInPassing(String text, String entity) {
        assertThat(added(text)).containsExactly(entity);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a large pizza with prosciutto|unknown_topping=prosciutto@prosciutto",
        "can i get a lemonade|unknown_item=lemonade@lemonade",
        "do you have calzones|unknown_item=calzones@calzones",
        "can i add truffle oil|unknown_topping=truffle oil@truffle oil"})
    void findsMenuWordsTheMenuLacks(String text, String entity) {
        assertThat(added(text)).containsExactly(entity);
    }

    @Test
    void anUnknownDishIsStillAnOrder() {
        Interpretation i = PIPELINE.interpret("I want a burger and fries", context());

        assertThat(i.intent()).isEqualTo(Intent.ORDER_ADD);
        assertThat(i.entities()).extracting(Entity::type).containsExactly("unknown_item", "unknown_item");
        assertThat(i.items()).isEmpty();
    }

    @Test
    void neverRelabelsWhatTheCatalogRead() {
        assertThat(added("the name is Rodriguez")).isEmpty();
        assertThat(added("a large with goat cheese")).allSatisfy(e -> assertThat(e).doesNotContain("cheese"));
        assertThat(added("two large pepperoni pizzas and a coke")).isEmpty();
    }

    @Test
    void staysOffUtterancesWithNothingUnexplained() {
        for (String text : new String[] {"two large pepperoni pizzas and a coke", "where is my order", "yes please",
            "can i talk to a manager", ""}) {
            Interpretation read = RULES.interpret(text, context());
            assertThat(NAMES.enrich(read, context())).as(text).isSameAs(read);
        }
    }
}
