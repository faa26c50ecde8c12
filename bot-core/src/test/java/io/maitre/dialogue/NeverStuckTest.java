package io.maitre.dialogue;

import static io.maitre.dialogue.DialogueFixture.heard;
import static io.maitre.dialogue.DialogueFixture.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.Channel;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Intent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer whose answers do not take is asked another way after two tries, and handed to staff after three. */
class NeverStuckTest {

    private final DialogueFixture fixture = new DialogueFixture();

    @Test
    void theSecondFailedTryAsksAnotherWayAndTheThirdHandsOff() {
        Conversation c = atFulfillment(ConversationRef.web("stuck"));
        BotMessage first = fixture.last(c, gibberish());
        assertThat(first.text()).contains("pickup or delivery");
        assertThat(c.tries()).isEqualTo(1);

        BotMessage second = fixture.last(c, gibberish());
        assertThat(second.text()).contains("Just say \"pickup\" or \"delivery\"");
        assertThat(second.options()).containsExactly("Pickup", "Delivery");
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingFulfillment());

        List<BotMessage> third = fixture.respond(c, gibberish());
        assertThat(third.get(third.size() - 1).text()).contains("member of our team")
                .endsWith("They'll reply here shortly.");
        assertThat(c.state()).isInstanceOfSatisfying(DialogueState.OwnedByStaff.class, owned -> {
            assertThat(owned.reason()).contains("pickup or delivery").contains("3 tries");
            assertThat(owned.resume()).isEqualTo(new DialogueState.AwaitingFulfillment());
        });
        assertThat(c.cart().lines()).hasSize(1);
    }

    @Test
    void anAnswerInBetweenStartsTheCountAgain() {
        Conversation c = atFulfillment(ConversationRef.web("progress"));
        fixture.respond(c, gibberish());

        fixture.respond(c, DialogueFixture.saying("pickup", Intent.FULFILLMENT_SET, "fulfillment", "pickup"));

        assertThat(c.tries()).isZero();
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingTime());
    }

    @Test
    void aQuestionOfTheCustomersIsNoFailedTry() {
        Conversation c = atFulfillment(ConversationRef.web("asks"));

        fixture.respond(c, heard("what are your hours", Intent.STORE_INFO, 0.95));
        fixture.respond(c, heard("how much is delivery", Intent.MENU_PRICE, 0.95));
        fixture.respond(c, heard("what's in my order", Intent.ORDER_REVIEW, 0.95));

        assertThat(c.escalated()).isFalse();
        assertThat(c.tries()).isZero();
    }

    @Test
    void onThePhoneTheOtherWayOffersTheKeypad() {
        Conversation c = atFulfillment(new ConversationRef(Channel.VOICE, "CA123"));
        fixture.respond(c, gibberish());

        BotMessage second = fixture.last(c, gibberish());

        assertThat(second.text()).contains("press 1 for pickup or 2 for delivery");
    }

    @Test
    void onThePhoneTheHandOffPromisesNoReplyInACallThatIsPutThrough() {
        Conversation c = atFulfillment(new ConversationRef(Channel.VOICE, "CA456"));
        fixture.respond(c, gibberish());
        fixture.respond(c, gibberish());

        List<BotMessage> third = fixture.respond(c, gibberish());

        assertThat(third.get(third.size() - 1).text()).endsWith("member of our team.").doesNotContain("reply");
        assertThat(c.escalated()).isTrue();
    }

    @Test
    void aChoiceThatDoesNotTakeIsOfferedAsAList() {
        Conversation c = fixture.conversation(ConversationRef.web("choice"));
        fixture.respond(c, order("a pepperoni pizza", "pizza", "topping", "pepperoni"));
        fixture.respond(c, gibberish());

        BotMessage second = fixture.last(c, gibberish());

        assertThat(second.text()).contains("which one would you like for your pizza");
        assertThat(second.options()).contains("Small", "Large");
        assertThat(second.itemId()).isEqualTo("pizza");
    }

    private Conversation atFulfillment(ConversationRef ref) {
        Conversation c = fixture.conversation(ref);
        fixture.respond(c, order("a large pepperoni pizza", "pizza", "size", "large", "topping", "pepperoni"));
        fixture.respond(c, heard("that's all", Intent.ORDER_DONE, 0.95));
        assertThat(c.state()).isEqualTo(new DialogueState.AwaitingFulfillment());
        return c;
    }

    private static io.maitre.nlu.Interpretation gibberish() {
        return heard("blorp", Intent.OUT_OF_SCOPE, 0.2);
    }
}
