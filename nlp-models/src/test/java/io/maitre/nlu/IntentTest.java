package io.maitre.nlu;

import static io.maitre.nlu.Utterances.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** At least five utterances per intent of docs/architecture.md, Intents, written, texted and spoken. */
class IntentTest {

    private static void assertIntent(String text, String intent) {
        Interpretation i = read(text);
        assertThat(i.intent().id()).as(text).isEqualTo(intent);
        assertThat(i.source()).isEqualTo("rules");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "hi", "hello there", "hey", "good evening", "hiya", "yo", "howdy"})
    void greet(String text) {
        assertIntent(text, "greet");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "bye", "goodbye", "see ya", "ok thanks bye", "have a good night", "cya", "take care"})
    void goodbye(String text) {
        assertIntent(text, "goodbye");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "thanks", "thank you so much", "thx", "ty", "cheers", "i appreciate it", "ok thanks"})
    void thanks(String text) {
        assertIntent(text, "thanks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "help", "what can you do", "how does this work", "i'm confused", "how do i order", "um help me"})
    void help(String text) {
        assertIntent(text, "help");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yes", "yeah", "yep", "sure", "correct", "sounds good", "ok", "yup go ahead", "yes please"})
    void affirm(String text) {
        assertIntent(text, "affirm");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "no", "nope", "nah", "not really", "no thanks", "negative", "i don't think so"})
    void deny(String text) {
        assertIntent(text, "deny");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "two large pizzas",
        "um can i get uh two large pizzas",
        "i'd like a large pepperoni and a coke",
        "lemme get a lg pepperoni w/ xtra cheese pls",
        "hi can i have 3 cokes",
        "a pepperoni pizza",
        "add a garlic bread",
        "one more sprite",
        "i would like to order a medium hawaiian pizza please"})
    void orderAdd(String text) {
        assertIntent(text, "order.add");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "i want to order", "i'd like to place an order", "can i order", "i'm hungry", "i'd like to order please"})
    void orderAddWithoutItemsYet(String text) {
        assertIntent(text, "order.add");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "remove the coke", "take off the garlic bread", "cancel the sprite", "no more coke",
        "i don't want the wings anymore", "delete the pizza", "scratch that"})
    void orderRemove(String text) {
        assertIntent(text, "order.remove");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "make it a large", "make that three", "change the coke to a sprite", "actually make it a medium",
        "i want sprite instead of coke", "can you make the pizza thin crust", "swap the pepsi for a diet pepsi",
        "take the onions off", "change my order"})
    void orderModify(String text) {
        assertIntent(text, "order.modify");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "what's in my order", "what's my total", "read it back to me", "can you repeat my order",
        "what do i have so far", "how much do i owe"})
    void orderReview(String text) {
        assertIntent(text, "order.review");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "that's all", "that's it", "nothing else", "done", "no that's everything", "i'm good thanks",
        "thats all 4 now", "ready to check out"})
    void orderDone(String text) {
        assertIntent(text, "order.done");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cancel my order", "cancel everything", "forget it", "i changed my mind i don't want anything",
        "start over", "can we start again", "reset"})
    void orderCancel(String text) {
        assertIntent(text, "order.cancel");
    }

    @Test
    void startingOverIsACancelWithRestartScope() {
        assertThat(read("let's start over").entity("scope")).contains("restart");
        assertThat(read("cancel my order").entity("scope")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "where is my order", "how long will it take", "is my pizza ready", "wheres my food",
        "when will it arrive", "any update on my order", "what's taking so long"})
    void orderStatus(String text) {
        assertIntent(text, "order.status");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my usual", "same as last time", "can i get the usual", "reorder my last order",
        "i'll have what i had last time", "same again please"})
    void orderReorder(String text) {
        assertIntent(text, "order.reorder");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "what's on the menu", "do you have diet coke", "is the margherita vegan", "what toppings do you have",
        "are your pizzas gluten free", "do you have anything vegan", "what do you recommend",
        "does the supreme have nuts"})
    void menuAsk(String text) {
        assertIntent(text, "menu.ask");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how much is a large pizza", "what's the price of wings", "what's the delivery fee", "how much for delivery",
        "is delivery free", "how much does a coke cost"})
    void menuPrice(String text) {
        assertIntent(text, "menu.price");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "what are your hours", "are you open", "where are you located", "do you deliver to 12 main street",
        "is there parking", "what time do you close", "what's your address", "whats ur phone number"})
    void storeInfo(String text) {
        assertIntent(text, "store.info");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "pickup", "delivery please", "i'll pick it up at 6:30", "can you deliver it to 42 elm street",
        "at 6pm", "asap", "in 20 minutes", "carry out"})
    void fulfillmentSet(String text) {
        assertIntent(text, "fulfillment.set");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "speak to a human", "i want a real person", "can i talk to the manager", "representative",
        "get me a staff member", "are you a bot"})
    void humanHandoff(String text) {
        assertIntent(text, "human.handoff");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "my pizza was cold", "the order came late", "you got my order wrong", "this is terrible",
        "i want a refund", "the driver was rude", "my food never arrived"})
    void complaint(String text) {
        assertIntent(text, "complaint");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "what's the weather like", "tell me a joke", "asdfgh", "who won the game last night", "i like turtles"})
    void outOfScope(String text) {
        assertIntent(text, "out_of_scope");
    }

    @Test
    void confidenceIsHighForClearMatchesAndLowOtherwise() {
        assertThat(read("two large pizzas").confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(read("where is my order").confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(read("cool").confidence()).isBetween(0.5, 0.8);
        assertThat(read("tell me a joke").confidence()).isEqualTo(0.3);
    }

    @Test
    void aColdDrinkIsNoComplaint() {
        assertIntent("i want a cold coke", "order.add");
    }
}
