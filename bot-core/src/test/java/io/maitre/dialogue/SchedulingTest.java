package io.maitre.dialogue;

import static io.maitre.dialogue.DialogueFixture.heard;
import static io.maitre.dialogue.DialogueFixture.order;
import static io.maitre.dialogue.DialogueFixture.saying;
import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Intent;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The demo pizzeria's rules (New York, 11am-10pm on Mondays, 15 minutes for pickup) as the dialogue says them. */
class SchedulingTest {

    /** Monday 23 November 2026, 1:00 am in New York: closed. */
    private static final Clock AFTER_MIDNIGHT = Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC);
    /** Monday 23 November 2026, 6:00 pm in New York: open. */
    private static final Clock EVENING = DialogueFixture.CLOCK;
    /** Wednesday 25 November 2026, 6:00 pm in New York: open, and closed tomorrow (Thanksgiving). */
    private static final Clock BEFORE_A_HOLIDAY = Clock.fixed(Instant.parse("2026-11-25T23:00:00Z"),
            ZoneOffset.UTC);

    @Test
    void whenClosedTheGreetingSaysWhenItOpens() {
        DialogueFixture fixture = new DialogueFixture(AFTER_MIDNIGHT);

        List<BotMessage> greeting = fixture.dialogue().greet(fixture.conversation(ConversationRef.web("g")),
                DialogueFixture.MENU);

        assertThat(greeting.get(0).text()).contains("closed right now and open again 11:00 AM today");
    }

    @Test
    void asSoonAsPossibleWhileClosedOffersTheEarliestTime() {
        DialogueFixture fixture = new DialogueFixture(AFTER_MIDNIGHT);
        Conversation c = pickupWanted(fixture);

        BotMessage last = fixture.last(c, saying("asap", Intent.FULFILLMENT_SET, "time", "asap"));

        assertThat(last.text()).contains("We're closed right now").contains("11:15 AM today");
        assertThat(last.options()).containsExactly("11:15 AM today");
        assertThat(c.fulfillmentTime()).isNull();
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingTime());
    }

    @Test
    void anAmbiguousClockTimeIsReadInsideTheHours() {
        DialogueFixture fixture = new DialogueFixture(AFTER_MIDNIGHT);
        Conversation c = pickupWanted(fixture);

        fixture.respond(c, saying("7:15", Intent.FULFILLMENT_SET, "time", "07:15"));

        assertThat(c.fulfillmentTime()).isEqualTo("2026-11-23T19:15");
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingName());
    }

    @Test
    void asSoonAsPossibleIsReadBackWithTheTimeItWillBeReady() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = pickupWanted(fixture);
        fixture.respond(c, saying("asap", Intent.FULFILLMENT_SET, "time", "asap"));
        fixture.respond(c, saying("Sam", Intent.FULFILLMENT_SET, "name", "Sam"));

        BotMessage readBack = fixture.last(c, saying("2125550142", Intent.FULFILLMENT_SET, "phone", "2125550142"));

        assertThat(readBack.text()).contains("as soon as possible, ready at about 6:15 PM today");
    }

    @Test
    void howLongBeforePlacingTellsWhenItWouldBeReady() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = fixture.conversation(ConversationRef.web("how-long"));
        fixture.respond(c, order("a large pizza", "pizza", "size", "large"));

        List<BotMessage> reply = fixture.respond(c, heard("how long will it take", Intent.ORDER_STATUS, 0.9));

        assertThat(reply.get(0).text()).isEqualTo("If you place it now, it'll be ready for pickup at about 6:15 PM "
                + "today.");

        DialogueFixture closed = new DialogueFixture(AFTER_MIDNIGHT);
        Conversation later = closed.conversation(ConversationRef.web("how-long-closed"));
        closed.respond(later, order("a large pizza", "pizza", "size", "large"));

        assertThat(closed.respond(later, heard("how long", Intent.ORDER_STATUS, 0.9)).get(0).text())
                .contains("11:15 AM today");
    }

    @Test
    void aTimeAfterClosingIsExplainedWithTheNearestTimes() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = pickupWanted(fixture);

        BotMessage last = fixture.last(c, saying("at 11pm", Intent.FULFILLMENT_SET, "time", "23:00"));

        assertThat(last.text()).contains("not open 11:00 PM today").contains("Mon-Thu 11am-10pm")
                .contains("10:00 PM today or 11:15 AM tomorrow");
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingTime());
    }

    @Test
    void aTimeInsideTheLeadTimeGetsTheEarliestPossible() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = pickupWanted(fixture);

        BotMessage last = fixture.last(c, saying("at 6:05", Intent.FULFILLMENT_SET, "time", "18:05"));

        assertThat(last.text()).contains("too soon").contains("6:15 PM today");
        assertThat(c.fulfillmentTime()).isNull();
    }

    @Test
    void aClosedDateIsNamed() {
        DialogueFixture fixture = new DialogueFixture(BEFORE_A_HOLIDAY);
        Conversation c = pickupWanted(fixture);

        BotMessage last = fixture.last(c, saying("tomorrow at 7pm", Intent.FULFILLMENT_SET, "time",
                "2026-11-26T19:00"));

        assertThat(last.text()).contains("closed on Thursday, November 26");
    }

    @Test
    void deliveryBelowTheMinimumSaysBy() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = fixture.conversation(ConversationRef.web("minimum"));
        fixture.respond(c, order("a small coke", "coke", "size", "small"));
        fixture.respond(c, heard("that's all", Intent.ORDER_DONE, 0.95));

        List<BotMessage> reply = fixture.respond(c, saying("delivery", Intent.FULFILLMENT_SET, "fulfillment",
                "delivery"));

        assertThat(DialogueFixture.texts(reply)).anySatisfy(t -> assertThat(t).contains("at least $15.00")
                .contains("short"));
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingMoreItems());
    }

    @Test
    void anAddressOutsideTheAreaOffersPickup() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = deliveryAddressWanted(fixture);

        BotMessage last = fixture.last(c, saying("5 Elm St Brooklyn NY 11201", Intent.FULFILLMENT_SET, "address",
                "5 Elm St Brooklyn NY 11201"));

        assertThat(last.text()).contains("outside our delivery area");
        assertThat(c.address()).isNull();
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingFulfillment());
    }

    @Test
    void anAddressWithoutAZipCodeIsAskedAgain() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = deliveryAddressWanted(fixture);

        BotMessage last = fixture.last(c, saying("12 Main Street", Intent.FULFILLMENT_SET, "address",
                "12 Main Street"));

        assertThat(last.text()).contains("ZIP code");
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingAddress());
    }

    @Test
    void anAddressInTheAreaIsKept() {
        DialogueFixture fixture = new DialogueFixture(EVENING);
        Conversation c = deliveryAddressWanted(fixture);

        fixture.respond(c, saying("12 Mulberry St, New York, NY 10013", Intent.FULFILLMENT_SET, "address",
                "12 Mulberry St, New York, NY 10013"));

        assertThat(c.address()).isEqualTo("12 Mulberry St, New York, NY 10013");
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingName());
    }

    private static Conversation pickupWanted(DialogueFixture fixture) {
        Conversation c = fixture.conversation(ConversationRef.web("pickup"));
        fixture.respond(c, order("a large pepperoni pizza", "pizza", "size", "large", "topping", "pepperoni"));
        fixture.respond(c, heard("that's all", Intent.ORDER_DONE, 0.95));
        fixture.respond(c, saying("pickup", Intent.FULFILLMENT_SET, "fulfillment", "pickup"));
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingTime());
        return c;
    }

    private static Conversation deliveryAddressWanted(DialogueFixture fixture) {
        Conversation c = fixture.conversation(ConversationRef.web("delivery"));
        fixture.respond(c, order("a large pepperoni pizza", "pizza", "size", "large", "topping", "pepperoni"));
        fixture.respond(c, heard("that's all", Intent.ORDER_DONE, 0.95));
        fixture.respond(c, saying("delivery at 8pm", Intent.FULFILLMENT_SET, "fulfillment", "delivery", "time",
                "20:00"));
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingAddress());
        return c;
    }
}
