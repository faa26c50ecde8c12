package io.maitre.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.Expecting;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decisions of the dialogue manager that need no order to be placed, on the demo menu; no model is loaded. */
class DialogueManagerTest {

    private final DialogueFixture fixture = new DialogueFixture();
    private final Conversation conversation = fixture.conversation(ConversationRef.web("t"));

    @Test
    void theGreetingWaitsForAnOrderAndSuggestsOneFromTheMenu() {
        List<BotMessage> greeting = fixture.dialogue().greet(conversation, DialogueFixture.MENU);

        assertThat(conversation.state()).isEqualTo(new DialogueState.TakingItems());
        assertThat(greeting.get(0).expecting()).isEqualTo(Expecting.ITEM);
        assertThat(greeting.get(0).options()).anySatisfy(o -> assertThat(o.toLowerCase()).contains("pizza"));
    }

    @Test
    void anUnsureIntentGetsAClarifyingQuestionInsteadOfAnAct() {
        fixture.dialogue().greet(conversation, DialogueFixture.MENU);

        BotMessage last = fixture.last(conversation, DialogueFixture.heard("the thing from before",
                Intent.ORDER_REORDER, 0.33));

        assertThat(last.text()).contains("not sure what you mean");
        assertThat(last.expecting()).isEqualTo(Expecting.ITEM);
        assertThat(last.options()).contains("Talk to a person");
    }

    @Test
    void aConfidentIntentIsActedOn() {
        List<BotMessage> reply = fixture.respond(conversation, DialogueFixture.heard("same as last time",
                Intent.ORDER_REORDER, 0.97));

        assertThat(reply.get(0).text()).contains("text or call us from your phone");
    }

    @Test
    void anUnsureQuestionKeepsWaitingForWhatTheBotAsked() {
        fixture.respond(conversation, DialogueFixture.order("a pepperoni pizza", "pizza", "topping", "pepperoni"));
        assertThat(conversation.state()).isEqualTo(new DialogueState.AwaitingChoice("pizza", "size"));

        BotMessage last = fixture.last(conversation, DialogueFixture.heard("could you", Intent.HELP, 0.37));

        assertThat(last.expecting()).isEqualTo(Expecting.SIZE);
        assertThat(last.itemId()).isEqualTo("pizza");
        assertThat(conversation.pending()).hasSize(1);
    }

    @Test
    void aFailedReadingIsAQuestionAgainNotAnAct() {
        fixture.respond(conversation, DialogueFixture.order("a pepperoni pizza", "pizza", "topping", "pepperoni"));

        List<BotMessage> reply = fixture.respond(conversation, Interpretation.notUnderstood("cancel everything"));

        assertThat(reply.get(0).text()).contains("say it another way");
        assertThat(conversation.pending()).hasSize(1);
        assertThat(conversation.state()).isEqualTo(new DialogueState.AwaitingChoice("pizza", "size"));
        assertThat(conversation.escalated()).isFalse();
    }

    @Test
    void whileStaffOwnTheConversationTheBotSaysNothing() {
        fixture.respond(conversation, DialogueFixture.heard("a person please", Intent.HUMAN_HANDOFF, 0.95));
        assertThat(conversation.state()).isInstanceOf(DialogueState.OwnedByStaff.class);

        List<BotMessage> reply = fixture.respond(conversation, DialogueFixture.heard("hello?", Intent.GREET, 0.9));

        assertThat(reply).isEmpty();
        assertThat(((DialogueState.OwnedByStaff) conversation.state()).reason()).contains("asked for a person");
    }
}
