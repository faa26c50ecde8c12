package io.maitre.dialogue;

import static io.maitre.dialogue.DialogueFixture.heard;
import static io.maitre.dialogue.DialogueFixture.saying;
import static io.maitre.dialogue.DialogueFixture.texts;
import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.cart.CartLine;
import io.maitre.cart.OptionChoice;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Intent;
import io.maitre.order.Fulfillment;
import io.maitre.order.FulfillmentMode;
import io.maitre.order.OrderStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Returning customers by the number their channel vouches for: "the usual" and "where is my order" across
 * conversations, on the demo menu with a fake order history; no model is loaded and nothing is placed.
 */
class ReturningCustomersTest {

    private static final String OUTLET_NUMBER = "+12125550142";
    private static final String KIM = "+15550001111";
    private static final String SOMEONE_ELSE = "+15550002222";
    private static final Fulfillment PICKUP = Fulfillment.pickupAsap();

    private final DialogueFixture fixture = new DialogueFixture();

    @Test
    void theUsualByTextPutsBackWhatTheMenuStillHasAndNamesWhatItLeftOut() {
        fixture.soldOut.add("garlic_bread");
        fixture.pastOrders.add(new PastOrders()
                .item("pizza", 1, OptionChoice.of("size", "large"), OptionChoice.of("topping", "pepperoni"))
                .item("coke", 2).item("garlic_bread", 1).gone("pumpkin_pie", "Pumpkin Pie", "6.50")
                .placed("017", KIM, OrderStatus.COMPLETED, Duration.ofDays(7), PICKUP));
        Conversation texter = texter(KIM);

        List<BotMessage> reply = fixture.respond(texter, heard("the usual", Intent.ORDER_REORDER, 0.96));

        String said = String.join("\n", texts(reply));
        assertThat(said).contains("Welcome back! From your last order (on Monday, November 16) I've put back "
                + "1 large pizza with pepperoni and 2 medium cokes.");
        assertThat(said).contains("The pumpkin pie is no longer on the menu, so I've left it out.");
        assertThat(said).contains("The garlic bread is sold out right now, so I've left it out.");
        assertThat(said).contains("Subtotal $21.48, tax $1.91, total $23.39.");
        assertThat(texter.cart().lines()).extracting(CartLine::itemId, CartLine::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("pizza", 1),
                        org.assertj.core.groups.Tuple.tuple("coke", 2));
        assertThat(texter.customerName()).as("the name on the last order").isEqualTo("Kim");
        assertThat(texter.orderId()).as("nothing is placed").isNull();
        assertThat(texter.state()).isEqualTo(new DialogueState.AwaitingMoreItems());
        assertThat(fixture.lookups).containsOnly("demo " + KIM);
    }

    @Test
    void theUsualGoesOnThroughTheNormalCheckoutToAReadBack() {
        fixture.pastOrders.add(new PastOrders().item("coke", 2)
                .placed("003", KIM, OrderStatus.COMPLETED, Duration.ofDays(1), PICKUP));
        Conversation texter = texter(KIM);

        fixture.respond(texter, heard("same as last time", Intent.ORDER_REORDER, 0.96));
        fixture.respond(texter, heard("that's all", Intent.ORDER_DONE, 0.95));
        fixture.respond(texter, saying("pickup", Intent.FULFILLMENT_SET, "fulfillment", "pickup"));
        BotMessage readBack = fixture.last(texter, saying("asap", Intent.FULFILLMENT_SET, "time", "asap"));

        assertThat(readBack.text()).startsWith("Here's your order: 2 medium cokes.").contains("for Kim")
                .endsWith("Shall I place the order?");
        assertThat(texter.state()).isEqualTo(new DialogueState.AwaitingConfirmation());
        assertThat(texter.orderId()).isNull();
    }

    @Test
    void theUsualIsTheLatestOrderThatWasNotCancelledOfThisNumberAtThisOutlet() {
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("001", KIM, OrderStatus.COMPLETED, Duration.ofDays(9), PICKUP));
        fixture.pastOrders.add(new PastOrders().item("sprite", 1)
                .placed("002", KIM, OrderStatus.COMPLETED, Duration.ofDays(3), PICKUP));
        fixture.pastOrders.add(new PastOrders().item("water", 1)
                .placed("003", KIM, OrderStatus.CANCELLED, Duration.ofDays(1), PICKUP));
        fixture.pastOrders.add(new PastOrders().item("pepsi", 1)
                .placed("004", SOMEONE_ELSE, OrderStatus.COMPLETED, Duration.ofHours(2), PICKUP));
        fixture.pastOrders.add(new PastOrders().item("dr_pepper", 1).at("uptown")
                .placed("005", KIM, OrderStatus.COMPLETED, Duration.ofHours(1), PICKUP));
        Conversation caller = caller(KIM);

        fixture.respond(caller, heard("my regular order", Intent.ORDER_REORDER, 0.9));

        assertThat(caller.cart().lines()).extracting(CartLine::itemId).containsExactly("sprite");
    }

    @Test
    void webChatHasNoNumberToGoByAndSaysWhatToDoInstead() {
        Conversation web = fixture.conversation(ConversationRef.web("typed"));
        web.customerPhone(KIM);
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("001", KIM, OrderStatus.COMPLETED, Duration.ofDays(2), PICKUP));

        List<BotMessage> reply = fixture.respond(web, heard("same as last time", Intent.ORDER_REORDER, 0.97));

        assertThat(reply.get(0).text()).isEqualTo("I can only find your earlier orders when you text or call us "
                + "from your phone, so I know they're yours. Tell me what you'd like and I'll put it together.");
        assertThat(web.cart().lines()).isEmpty();
        assertThat(fixture.lookups).as("a typed number looks nothing up").isEmpty();
    }

    @Test
    void aNumberWithoutEarlierOrdersIsToldSoAndAskedWhatItWouldLike() {
        List<BotMessage> reply = fixture.respond(texter(KIM), heard("the usual", Intent.ORDER_REORDER, 0.96));

        assertThat(reply.get(0).text()).startsWith("I don't see an earlier order from this number.");
        assertThat(reply.get(reply.size() - 1).text()).isEqualTo("What would you like to order?");
    }

    @Test
    void nothingOfTheLastOrderLeftMeansNothingInTheCart() {
        fixture.soldOut.add("coke");
        fixture.pastOrders.add(new PastOrders().item("coke", 1).gone("eggnog", "Eggnog", "3.00")
                .placed("001", KIM, OrderStatus.COMPLETED, Duration.ofDays(2), PICKUP));

        List<String> said = texts(fixture.respond(texter(KIM), heard("the usual", Intent.ORDER_REORDER, 0.96)));

        assertThat(said).contains("Sorry, nothing from your last order (on Saturday, November 21) can be made right "
                + "now.", "The eggnog is no longer on the menu, so I've left it out.",
                "The coke is sold out right now, so I've left it out.", "What would you like to order?");
    }

    @Test
    void whereIsMyOrderInANewCallFindsTheNumbersOpenOrderWithItsReadyTimeInTheOutletsZone() {
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("041", KIM, OrderStatus.COMPLETED, Duration.ofDays(1), PICKUP));
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("007", KIM, OrderStatus.IN_PROGRESS, Duration.ofMinutes(10), PICKUP));
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("008", SOMEONE_ELSE, OrderStatus.ACCEPTED, Duration.ofMinutes(1), PICKUP));

        List<BotMessage> reply = fixture.respond(caller(KIM), heard("where is my order", Intent.ORDER_STATUS, 0.97));

        assertThat(reply.get(0).text()).as("placed 5:50 pm plus the 15 minutes of a pickup")
                .isEqualTo("Your order 007 is being made. It should be ready for pickup at about 6:05 PM today.");
        assertThat(fixture.lookups).containsOnly("demo " + KIM);
    }

    @Test
    void aScheduledDeliveryIsExpectedAtItsTimeAndAReadyOrderNeedsNoTime() {
        Fulfillment at730 = new Fulfillment(FulfillmentMode.DELIVERY, OffsetDateTime.parse("2026-11-23T19:30:00-05:00"),
                "1 Main St");
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("012", KIM, OrderStatus.ACCEPTED, Duration.ofHours(1), at730));
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("013", SOMEONE_ELSE, OrderStatus.READY, Duration.ofMinutes(20), PICKUP));

        assertThat(fixture.respond(texter(KIM), heard("is it on the way", Intent.ORDER_STATUS, 0.9)).get(0).text())
                .isEqualTo("Your order 012 was accepted by the kitchen. It should be at your door at 7:30 PM today.");
        assertThat(fixture.respond(texter(SOMEONE_ELSE), heard("ready yet?", Intent.ORDER_STATUS, 0.9)).get(0).text())
                .isEqualTo("Your order 013 is ready for pickup.");
    }

    @Test
    void aNumberWithoutAnOpenOrderHearsSoAndAWebChatIsToldWhereToAsk() {
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("041", KIM, OrderStatus.COMPLETED, Duration.ofHours(3), PICKUP));
        fixture.pastOrders.add(new PastOrders().item("coke", 1)
                .placed("042", SOMEONE_ELSE, OrderStatus.IN_PROGRESS, Duration.ofMinutes(3), PICKUP));
        Conversation web = fixture.conversation(ConversationRef.web("typed"));
        web.customerPhone(SOMEONE_ELSE);

        assertThat(fixture.respond(caller(KIM), heard("where is my order", Intent.ORDER_STATUS, 0.97)).get(0).text())
                .startsWith("I don't see an open order from this number.");
        assertThat(fixture.respond(web, heard("where is my order", Intent.ORDER_STATUS, 0.97)).get(0).text())
                .isEqualTo("You haven't placed an order in this chat. If you ordered by text or phone, text or call "
                        + "us from that phone and I can look it up.");
    }

    private Conversation texter(String number) {
        Conversation c = fixture.conversation(ConversationRef.sms(OUTLET_NUMBER, number));
        c.customerPhone(number);
        return c;
    }

    private Conversation caller(String number) {
        Conversation c = fixture.conversation(ConversationRef.voice("CA" + number.substring(1)));
        c.customerPhone(number);
        return c;
    }
}
