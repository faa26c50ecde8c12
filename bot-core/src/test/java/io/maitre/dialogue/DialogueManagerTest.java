package io.maitre.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.Expecting;
import io.maitre.conversation.Conversation;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Menu;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.OptionRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Decisions of the dialogue manager that need no order to be placed, on the demo menu. */
class DialogueManagerTest {

    private static final Menu MENU = YamlMenuCatalog.fromClasspath().menu("demo").orElseThrow();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T17:00:00Z"), ZoneOffset.UTC);

    private final DialogueManager dialogue = new DialogueManager(null, null, null,
            new StaticListableBeanFactory().getBeanProvider(AvailabilityProvider.class), CLOCK);
    private final Conversation conversation = Conversation.start(ConversationRef.web("t"), "demo", "en",
            CLOCK.instant());

    @Test
    void anUnsureIntentGetsAClarifyingQuestionInsteadOfAnAct() {
        conversation.said(dialogue.greet(MENU), CLOCK.instant(), 200);

        List<BotMessage> reply = dialogue.respond(conversation, MENU, heard("the thing from before",
                Intent.ORDER_REORDER, 0.33));

        BotMessage last = reply.get(reply.size() - 1);
        assertThat(last.text()).contains("not sure what you mean");
        assertThat(last.expecting()).isEqualTo(Expecting.ITEM);
        assertThat(last.options()).contains("Talk to a person");
    }

    @Test
    void aConfidentIntentIsActedOn() {
        List<BotMessage> reply = dialogue.respond(conversation, MENU, heard("same as last time",
                Intent.ORDER_REORDER, 0.97));

        assertThat(reply.get(0).text()).contains("can't look up earlier orders");
    }

    @Test
    void anUnsureQuestionKeepsWaitingForWhatTheBotAsked() {
        dialogue.respond(conversation, MENU, new Interpretation("a pepperoni pizza", Intent.ORDER_ADD, 0.95, "rules",
                List.of(), List.of(new ItemRequest("pizza", null,
                        List.of(new OptionRequest("topping", "pepperoni", null)), null))));
        conversation.said(List.of(new BotMessage("What size?", Expecting.SIZE, "pizza", List.of())),
                CLOCK.instant(), 200);

        List<BotMessage> reply = dialogue.respond(conversation, MENU, heard("could you", Intent.HELP, 0.37));

        BotMessage last = reply.get(reply.size() - 1);
        assertThat(last.expecting()).isEqualTo(Expecting.SIZE);
        assertThat(last.itemId()).isEqualTo("pizza");
        assertThat(conversation.pending()).hasSize(1);
    }

    private static Interpretation heard(String text, Intent intent, double confidence) {
        return new Interpretation(text, intent, confidence, "local", List.of(), List.of());
    }
}
