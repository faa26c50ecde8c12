package io.maitre.dialogue;

import static io.maitre.dialogue.DialogueFixture.choice;
import static io.maitre.dialogue.DialogueFixture.heard;
import static io.maitre.dialogue.DialogueFixture.order;
import static io.maitre.dialogue.DialogueFixture.saying;
import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Entity;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.OptionRequest;
import io.maitre.nlu.Qualifier;
import io.maitre.nlu.Question;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each state of the dialogue takes its answer and moves on to the next thing the order lacks. */
class DialogueStatesTest {

    private final DialogueFixture fixture = new DialogueFixture();
    private final Conversation web = fixture.conversation(ConversationRef.web("states"));

    @Test
    void eachStateNamesTheQuestionWhoseAnswerItTakesFromTheReading() {
        assertThat(new DialogueState.TakingItems().question()).isEqualTo(Question.ITEM);
        assertThat(new DialogueState.AwaitingChoice("pizza", "size").question()).isEqualTo(Question.CHOICE);
        assertThat(new DialogueState.AwaitingChoice("pizza", "crust").question()).isEqualTo(Question.CHOICE);
        assertThat(new DialogueState.AwaitingMoreItems().question()).isEqualTo(Question.MORE_ITEMS);
        assertThat(new DialogueState.AwaitingFulfillment().question()).isEqualTo(Question.FULFILLMENT);
        assertThat(new DialogueState.AwaitingTime().question()).isEqualTo(Question.TIME);
        assertThat(new DialogueState.AwaitingAddress().question()).isEqualTo(Question.ADDRESS);
        assertThat(new DialogueState.AwaitingName().question()).isEqualTo(Question.NAME);
        assertThat(new DialogueState.AwaitingPhone().question()).isEqualTo(Question.PHONE);
        assertThat(new DialogueState.AwaitingConfirmation().question()).isEqualTo(Question.CONFIRMATION);
        assertThat(new DialogueState.AwaitingCode("+15551234567").question()).isNull();
        assertThat(new DialogueState.Idle().question()).isNull();
        assertThat(new DialogueState.OwnedByStaff("asked for a person", Instant.EPOCH, null, null)
                .question()).isNull();
    }

    @Test
    void anItemThatNeedsAChoiceWaitsForIt() {
        fixture.dialogue().greet(web, DialogueFixture.MENU);

        fixture.respond(web, order("a pepperoni pizza", "pizza", "topping", "pepperoni"));

        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingChoice("pizza", "size"));
        assertThat(web.cart().lines()).isEmpty();
    }

    @Test
    void anAnswerThatIsNoneOfTheChoicesIsSaidSoBeforeTheQuestionIsAskedAgain() {
        fixture.respond(web, order("a pepperoni pizza", "pizza", "topping", "pepperoni"));

        List<BotMessage> reply = fixture.respond(web, heard("10 inch", Intent.ORDER_ADD, 0.65));

        assertThat(DialogueFixture.texts(reply)).containsExactly("Sorry, that isn't one of the choices.",
                reply.get(1).text());
        assertThat(reply.get(1).text()).startsWith("What size would you like for your pizza?");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingChoice("pizza", "size"));
    }

    @Test
    void aChoiceCompletesTheLineAndAsksForMore() {
        fixture.respond(web, order("a pepperoni pizza", "pizza", "topping", "pepperoni"));

        fixture.respond(web, choice("large", "size", "large"));

        assertThat(web.cart().lines()).hasSize(1);
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingMoreItems());
    }

    @Test
    void nothingMoreAsksPickupOrDelivery() {
        withALargePizza();

        fixture.respond(web, heard("no that's it", Intent.DENY, 0.95));

        assertThat(web.doneAdding()).isTrue();
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingFulfillment());
    }

    @Test
    void yesToAnythingElseAsksWhatElseAndTheNextItemIsAdded() {
        withALargePizza();

        BotMessage asked = fixture.last(web, heard("yes", Intent.AFFIRM, 0.95));

        assertThat(asked.text()).isEqualTo("Sure, what else would you like?");
        assertThat(asked.options()).contains("That's all");
        assertThat(web.state()).isEqualTo(new DialogueState.TakingItems());
        assertThat(web.tries()).isZero();

        fixture.respond(web, order("a garlic bread", "garlic_bread"));

        assertThat(web.cart().lines()).hasSize(2);
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingMoreItems());
    }

    @Test
    void anAddressOutsideTheAreaOffersPickupAndAnotherAddressIsTakenForDelivery() {
        doneAdding();
        fixture.respond(web, saying("delivery at 8pm", Intent.FULFILLMENT_SET, "fulfillment", "delivery", "time",
                "20:00"));

        BotMessage outside = fixture.last(web, saying("12 Main Street, New York, NY 10001", Intent.FULFILLMENT_SET,
                "address", "12 Main Street, New York, NY 10001"));

        assertThat(outside.text()).contains("outside our delivery area");
        assertThat(outside.options()).containsExactly("Pickup", "Deliver somewhere else");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingFulfillment());

        fixture.respond(web, saying("45 Grand Street, New York, NY 10013", Intent.FULFILLMENT_SET, "address",
                "45 Grand Street, New York, NY 10013"));

        assertThat(web.fulfillmentMode()).isEqualTo("delivery");
        assertThat(web.address()).isEqualTo("45 Grand Street, New York, NY 10013");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingName());
    }

    @Test
    void anAddressGivenWhenAskedForTheTimeIsKeptAndTheTimeAskedAgainWithoutAnApology() {
        doneAdding();
        fixture.respond(web, saying("delivery", Intent.FULFILLMENT_SET, "fulfillment", "delivery"));
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingTime());

        List<BotMessage> reply = fixture.respond(web, saying("45 Grand Street, New York, NY 10013",
                Intent.FULFILLMENT_SET, "address", "45 Grand Street, New York, NY 10013"));

        assertThat(web.address()).isEqualTo("45 Grand Street, New York, NY 10013");
        assertThat(DialogueFixture.texts(reply)).noneMatch(t -> t.startsWith("Sorry"));
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingTime());
        assertThat(web.tries()).isZero();
    }

    @Test
    void aDishTheMenuDoesNotHaveIsNamedRatherThanDroppedWithoutAWord() {
        Interpretation pizzaAndCalzone = new Interpretation(
                "a large pepperoni pizza and a calzone", Intent.ORDER_ADD, 0.99, "rules",
                List.of(new Entity("unknown_item", "calzone", "calzone", 30, 37)),
                order("a large pepperoni pizza", "pizza", "size", "large", "topping", "pepperoni").items());

        List<BotMessage> reply = fixture.respond(web, pizzaAndCalzone);

        assertThat(DialogueFixture.texts(reply)).contains("Sorry, we don't have calzone on our menu.");
        assertThat(web.cart().lines()).hasSize(1);

        List<BotMessage> alone = fixture.respond(web, new Interpretation("and two calzones",
                Intent.OUT_OF_SCOPE, 0.6, "local",
                List.of(new Entity("unknown_item", "calzone", "calzones", 8, 16)), List.of()));

        assertThat(DialogueFixture.texts(alone)).contains("Sorry, we don't have calzones on our menu.")
                .noneMatch(t -> t.contains("didn't understand"));
    }

    @Test
    void aQuestionAboutAnOptionIsAnsweredWithThatOptionNotTheWholeMenu() {
        Interpretation vegan = new Interpretation("do you have vegan options", Intent.MENU_ASK, 0.99, "rules",
                List.of(), order("vegan", "pizza", "style", "vegan").items());

        BotMessage answer = fixture.respond(web, vegan).get(0);

        assertThat(answer.text()).startsWith("We have Vegan as a style for pizzas (").endsWith("extra, by size).");
        assertThat(web.cart().isEmpty()).isTrue();
    }

    @Test
    void noOlivesReadAsAMenuQuestionTakesThemOffTheOrder() {
        fixture.respond(web, order("a large pizza with olives", "pizza", "size", "large", "topping", "olives"));

        fixture.respond(web, new Interpretation("no olives", Intent.MENU_ASK, 0.64, "local", List.of(), List.of(
                new ItemRequest("pizza", null, List.of(new OptionRequest("topping",
                        "olives", Qualifier.NONE)), null))));

        assertThat(web.cart().lines().get(0).options()).noneMatch(o -> o.optionId().equals("olives")
                && o.qualifier() == null);
    }

    @Test
    void aTimeGivenWhenAskedForTheAddressIsKeptAndNotTakenForTheAddress() {
        doneAdding();
        fixture.respond(web, saying("delivery", Intent.FULFILLMENT_SET, "fulfillment", "delivery"));
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingTime());
        fixture.respond(web, saying("asap", Intent.FULFILLMENT_SET, "time", "asap"));
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingAddress());

        List<BotMessage> reply = fixture.respond(web, saying("eight pm", Intent.FULFILLMENT_SET, "time", "20:00"));

        assertThat(DialogueFixture.texts(reply)).containsExactly("What's the delivery address?");
        assertThat(web.address()).isNull();
        assertThat(web.fulfillmentTime()).isEqualTo("2026-11-23T20:00");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingAddress());
    }

    @Test
    void theMenuNamesEachCategoryOnceAndNotAnItemThatIsItsOwnCategory() {
        BotMessage menu = fixture.respond(web, heard("what's on the menu", Intent.MENU_ASK, 0.99)).get(0);

        assertThat(menu.text()).startsWith("Here's our menu. Pizza. Drink: Coke, ").doesNotContain("Pizza: Pizza");
    }

    @Test
    void pickupAsksWhen() {
        doneAdding();

        fixture.respond(web, saying("pickup", Intent.FULFILLMENT_SET, "fulfillment", "pickup"));

        assertThat(web.fulfillmentMode()).isEqualTo("pickup");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingTime());
    }

    @Test
    void deliveryAtATimeAsksTheAddressThenTheName() {
        doneAdding();
        fixture.respond(web, saying("delivery", Intent.FULFILLMENT_SET, "fulfillment", "delivery"));
        fixture.respond(web, saying("at 7pm", Intent.FULFILLMENT_SET, "time", "19:00"));
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingAddress());

        fixture.respond(web, saying("12 Mulberry St, NY 10013", Intent.FULFILLMENT_SET, "address",
                "12 Mulberry St, NY 10013"));

        assertThat(web.address()).isEqualTo("12 Mulberry St, NY 10013");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingName());
    }

    @Test
    void onTheWebANameAsksForAPhoneAndAPhoneForConfirmation() {
        toTheName(web);

        fixture.respond(web, saying("it's Sam", Intent.FULFILLMENT_SET, "name", "Sam"));
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingPhone());
        BotMessage readBack = fixture.last(web, saying("212 555 0142", Intent.FULFILLMENT_SET, "phone", "2125550142"));

        assertThat(web.customerPhone()).isEqualTo("2125550142");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingConfirmation());
        assertThat(readBack.text()).contains("Sam").contains("Shall I place the order?");
    }

    @Test
    void byTextTheBotDoesNotAskForThePhoneItTextsFrom() {
        Conversation sms = fixture.conversation(new ConversationRef(Channel.SMS, "+12125550142:+15551230000"));
        toTheName(sms);

        fixture.respond(sms, saying("Sam", Intent.FULFILLMENT_SET, "name", "Sam"));

        assertThat(sms.state()).isEqualTo(new DialogueState.AwaitingConfirmation());
    }

    @Test
    void noAtTheReadBackGoesBackToTakingItemsWithTheCartIntact() {
        toTheName(web);
        fixture.respond(web, saying("Sam", Intent.FULFILLMENT_SET, "name", "Sam"));
        fixture.respond(web, saying("2125550142", Intent.FULFILLMENT_SET, "phone", "2125550142"));

        fixture.respond(web, heard("no", Intent.DENY, 0.95));

        assertThat(web.state()).isEqualTo(new DialogueState.TakingItems());
        assertThat(web.cart().lines()).hasSize(1);
    }

    @Test
    void aComplaintThatIsOnlyAGuessIsAskedAboutRatherThanHandedToStaff() {
        withALargePizza();

        BotMessage asked = fixture.last(web, heard("toasted please", Intent.COMPLAINT, 0.56));

        assertThat(web.escalated()).isFalse();
        assertThat(asked.text()).startsWith("Sorry, I'm not sure what you mean.");
        assertThat(asked.options()).contains("Talk to a person");
    }

    @Test
    void staffHandBackResumesWhereTheBotWas() {
        withALargePizza();
        fixture.respond(web, heard("this is awful", Intent.COMPLAINT, 0.95));
        assertThat(web.escalated()).isTrue();

        web.handBack();

        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingMoreItems());
        assertThat(web.cart().lines()).hasSize(1);
    }

    private void withALargePizza() {
        fixture.respond(web, order("a large pepperoni pizza", "pizza", "size", "large", "topping", "pepperoni"));
    }

    private void doneAdding() {
        withALargePizza();
        fixture.respond(web, heard("that's all", Intent.ORDER_DONE, 0.95));
    }

    private void toTheName(Conversation conversation) {
        fixture.respond(conversation, order("a large pepperoni pizza", "pizza", "size", "large", "topping",
                "pepperoni"));
        fixture.respond(conversation, heard("that's all", Intent.ORDER_DONE, 0.95));
        fixture.respond(conversation, saying("pickup asap", Intent.FULFILLMENT_SET, "fulfillment", "pickup", "time",
                "asap"));
        assertThat(conversation.state()).isEqualTo(new DialogueState.AwaitingName());
    }
}
