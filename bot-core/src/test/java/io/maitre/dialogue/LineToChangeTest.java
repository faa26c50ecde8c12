package io.maitre.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.cart.CartLine;
import io.maitre.cart.OptionChoice;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.nlu.Edit;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.OptionRequest;
import io.maitre.nlu.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which line a change is for: one named by what it already has ("make the ham one large"), or the latest whose item
 * has the options asked for; no model is loaded.
 */
class LineToChangeTest {

    private final DialogueFixture fixture = new DialogueFixture();
    private final Conversation c = fixture.conversation(ConversationRef.web("described"));

    @Test
    void theLineNamedByItsOptionIsChangedNotTheLastOne() {
        twoMediumPizzasHamAndMushrooms();

        fixture.respond(c, modify("actually make the ham one large", request(null, "topping", "ham"),
                request(1, "size", "large")));

        assertThat(pizzaWith("ham").options()).contains(new OptionChoice("size", "large", null))
                .doesNotContain(new OptionChoice("topping", "mushrooms", null));
        assertThat(pizzaWith("mushrooms").options()).contains(new OptionChoice("size", "medium", null))
                .doesNotContain(new OptionChoice("topping", "ham", null));
        assertThat(pizzaWith("ham").quantity()).isEqualTo(1);
    }

    @Test
    void optionsOnTwoLinesNameNeitherAndTheLastTouchedLineIsChanged() {
        twoMediumPizzasHamAndMushrooms();

        fixture.respond(c, modify("make the medium one large", request(null, "size", "medium"),
                request(null, "size", "large")));

        assertThat(pizzaWith("mushrooms").options()).contains(new OptionChoice("size", "large", null));
        assertThat(pizzaWith("ham").options()).contains(new OptionChoice("size", "medium", null));
    }

    @Test
    void anOptionTakenOffIsAChangeNotAReference() {
        twoMediumPizzasHamAndMushrooms();

        fixture.respond(c, modify("no ham and make it large",
                new ItemRequest(null, null, List.of(new OptionRequest("topping", "ham", Qualifier.NONE)), null),
                request(null, "size", "large")));

        assertThat(pizzaWith("mushrooms").options()).contains(new OptionChoice("size", "large", null));
    }

    @Test
    void anOptionOnlyAnEarlierItemHasChangesThatItemNotTheDrinkAddedLast() {
        fixture.respond(c, DialogueFixture.order("a large pizza", "pizza", "size", "large"));
        fixture.respond(c, DialogueFixture.order("and a coke", "coke", "size", "medium"));

        fixture.respond(c, modify("ham on it", request(null, "topping", "ham")));

        assertThat(pizzaWith("ham").itemId()).isEqualTo("pizza");
        assertThat(c.cart().lines()).hasSize(2);
    }

    @Test
    void optionsForSomeOfALineSplitIt() {
        fixture.respond(c, new Interpretation("two large pizzas", Intent.ORDER_ADD, 0.99, "rules", List.of(),
                List.of(new ItemRequest("pizza", 2, List.of(new OptionRequest("size", "large", null)), null))));

        List<BotMessage> reply = fixture.respond(c, new Interpretation("one of them with ham",
                Intent.ORDER_ADD, 0.9, "local", List.of(), List.of(request(1, "topping", "ham"))));

        assertThat(c.cart().lines()).hasSize(2);
        assertThat(pizzaWith("ham").quantity()).isEqualTo(1);
        assertThat(c.cart().lines()).anySatisfy(l -> assertThat(l.quantity()).isEqualTo(1)
                .satisfies(q -> assertThat(l.options()).noneMatch(o -> o.optionId().equals("ham"))));
        assertThat(DialogueFixture.texts(reply).get(0)).startsWith("Done, that's now 1 large pizza");
    }

    @Test
    void optionsWithNoItemChangeTheLineThatHasThem() {
        fixture.respond(c, new Interpretation("two large pizzas", Intent.ORDER_ADD, 0.99, "rules", List.of(),
                List.of(new ItemRequest("pizza", 2, List.of(new OptionRequest("size", "large", null)), null))));

        fixture.respond(c, new Interpretation("with ham", Intent.ORDER_ADD, 0.9, "local", List.of(),
                List.of(request(null, "topping", "ham"))));

        assertThat(c.cart().lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualTo(2));
        assertThat(pizzaWith("ham").quantity()).isEqualTo(2);
    }

    @Test
    void replacingAnItemTheOrderDoesNotHaveChangesNoOtherLine() {
        fixture.respond(c, DialogueFixture.order("a large pizza", "pizza", "size", "large"));

        List<BotMessage> reply = fixture.respond(c, modify("change the coke to a sprite",
                item("coke").as(Edit.REPLACE),
                item("sprite").as(Edit.REPLACEMENT)));

        assertThat(DialogueFixture.texts(reply).get(0)).isEqualTo("There's no coke in your order.");
        assertThat(c.cart().lines()).singleElement().satisfies(l -> assertThat(l.itemId()).isEqualTo("pizza"));
    }

    @Test
    void replacingTheItemBeingAskedAboutAnswersTheQuestion() {
        fixture.respond(c, DialogueFixture.order("a medium coke", "coke", "size", "medium"));
        fixture.respond(c, DialogueFixture.order("a pepperoni pizza", "pizza", "topping", "pepperoni"));

        fixture.respond(c, modify("change the pizza to a large",
                item("pizza").as(Edit.REPLACE),
                request(null, "size", "large").as(Edit.REPLACEMENT)));

        assertThat(c.pending()).isEmpty();
        assertThat(pizzaWith("pepperoni").options()).contains(new OptionChoice("size", "large", null));
        assertThat(c.cart().lines()).anySatisfy(l -> assertThat(l.itemId()).isEqualTo("coke"));
    }

    @Test
    void theItemToReplaceNeverBecomesTheReplacement() {
        fixture.respond(c, DialogueFixture.order("a medium coke", "coke", "size", "medium"));
        fixture.respond(c, DialogueFixture.order("a large pizza", "pizza", "size", "large"));

        fixture.respond(c, modify("swap the coke for a sprite",
                item("coke").as(Edit.REPLACE),
                new ItemRequest("sprite", null, List.of(new OptionRequest("size", "medium", null)), null)
                        .as(Edit.REPLACEMENT)));

        assertThat(c.cart().lines()).extracting(CartLine::itemId).containsExactlyInAnyOrder("pizza", "sprite");
    }

    private void twoMediumPizzasHamAndMushrooms() {
        fixture.respond(c, new Interpretation("2 medium pizzas one with ham and one with mushrooms", Intent.ORDER_ADD,
                0.99, "rules", List.of(), List.of(
                        new ItemRequest("pizza", 1, List.of(new OptionRequest("size", "medium", null),
                                new OptionRequest("topping", "ham", null)), null),
                        new ItemRequest("pizza", 1, List.of(new OptionRequest("size", "medium", null),
                                new OptionRequest("topping", "mushrooms", null)), null))));
        assertThat(c.cart().lines()).hasSize(2);
    }

    private CartLine pizzaWith(String topping) {
        return c.cart().lines().stream()
                .filter(l -> l.options().stream().anyMatch(o -> o.optionId().equals(topping)))
                .findFirst().orElseThrow();
    }

    /** The item named alone, with no quantity or option. */
    private static ItemRequest item(String itemId) {
        return new ItemRequest(itemId, null, List.of(), null);
    }

    private static ItemRequest request(Integer quantity, String group, String id) {
        return new ItemRequest(null, quantity, List.of(new OptionRequest(group, id, null)), null);
    }

    private static Interpretation modify(String text, ItemRequest... requests) {
        return new Interpretation(text, Intent.ORDER_MODIFY, 0.99, "rules", List.of(), List.of(requests));
    }
}
