package io.maitre.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Answers;
import io.maitre.nlu.Intent;
import io.maitre.nlu.IntentGuess;
import io.maitre.nlu.Interpretation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the bot is unsure, it offers the two readings it weighed, or says what the customer can do. */
class ClarifyingTest {

    private final DialogueFixture fixture = new DialogueFixture();
    private final Conversation web = fixture.conversation(ConversationRef.web("clarifying"));

    private static Interpretation unsure(String text, IntentGuess... ranked) {
        return new Interpretation(text, ranked[0].intent(), ranked[0].confidence(), "local", List.of(), List.of(),
                Answers.NONE, List.of(ranked));
    }

    @Test
    void twoLikelyReadingsAreOfferedAsQuickReplies() {
        BotMessage asked = fixture.last(web, unsure("what about my order then",
                new IntentGuess(Intent.ORDER_CANCEL, 0.42, "local"),
                new IntentGuess(Intent.ORDER_STATUS, 0.38, "local")));

        assertThat(asked.text()).isEqualTo("Sorry, I'm not sure what you mean. Did you want to cancel your order, "
                + "or to know where your order is?");
        assertThat(asked.options()).containsExactly("Cancel my order", "Where is my order?");
        assertThat(web.state()).isEqualTo(new DialogueState.TakingItems());
    }

    @Test
    void anUnlikelySecondReadingOrOneAQuickReplyCannotCarryOutGetsTheGeneralQuestion() {
        BotMessage unlikely = fixture.last(web, unsure("hmm the order",
                new IntentGuess(Intent.ORDER_CANCEL, 0.5, "local"),
                new IntentGuess(Intent.ORDER_STATUS, 0.1, "local")));
        BotMessage change = fixture.last(web, unsure("the pizza thing",
                new IntentGuess(Intent.ORDER_CANCEL, 0.45, "local"),
                new IntentGuess(Intent.ORDER_MODIFY, 0.4, "local")));

        for (BotMessage asked : List.of(unlikely, change)) {
            assertThat(asked.text()).startsWith("Sorry, I'm not sure what you mean. You can tell me");
            assertThat(asked.options()).containsExactly("What's on the menu?", "What's in my order?",
                    "Talk to a person");
        }
    }

    @Test
    void theQuestionKeepsTheStateTheBotWasWaitingIn() {
        web.moveTo(new DialogueState.AwaitingTime(), true);

        BotMessage asked = fixture.last(web, unsure("whatever works",
                new IntentGuess(Intent.HELP, 0.4, "local"), new IntentGuess(Intent.MENU_ASK, 0.3, "local")));

        assertThat(asked.options()).containsExactly("How does this work?", "What's on the menu?");
        assertThat(web.state()).isEqualTo(new DialogueState.AwaitingTime());
    }
}
