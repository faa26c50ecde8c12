package io.maitre.dialogue;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.conversation.Conversation;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Geocoder;
import io.maitre.menu.Menu;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.Entity;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.OptionRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** The dialogue manager on the demo menu with a fixed clock, and readings written by hand: no model is loaded. */
final class DialogueFixture {

    static final Menu MENU = YamlMenuCatalog.fromClasspath().menu("demo").orElseThrow();
    /** A Monday at 6 pm in New York, the demo pizzeria's zone: open, with the evening ahead. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T23:00:00Z"), ZoneOffset.UTC);

    private final DialogueManager dialogue;

    DialogueFixture() {
        this(CLOCK);
    }

    DialogueFixture(Clock clock) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        this.dialogue = new DialogueManager(null, null, null, beans.getBeanProvider(AvailabilityProvider.class),
                beans.getBeanProvider(Geocoder.class), clock);
    }

    DialogueManager dialogue() {
        return dialogue;
    }

    Conversation conversation(ConversationRef ref) {
        return Conversation.start(ref, "demo", "en", CLOCK.instant());
    }

    List<BotMessage> respond(Conversation conversation, Interpretation heard) {
        List<BotMessage> reply = dialogue.respond(conversation, MENU, heard);
        conversation.said(reply, CLOCK.instant(), 200);
        return reply;
    }

    BotMessage last(Conversation conversation, Interpretation heard) {
        List<BotMessage> reply = respond(conversation, heard);
        return reply.get(reply.size() - 1);
    }

    static Interpretation heard(String text, Intent intent, double confidence) {
        return new Interpretation(text, intent, confidence, "local", List.of(), List.of());
    }

    /** An order of one item with options given as group, id, group, id... */
    static Interpretation order(String text, String itemId, String... options) {
        return new Interpretation(text, Intent.ORDER_ADD, 0.95, "local", List.of(),
                List.of(new ItemRequest(itemId, null, options(options), null)));
    }

    /** A bare choice, as an answer to "what size?": options with no item. */
    static Interpretation choice(String text, String group, String id) {
        return new Interpretation(text, Intent.ORDER_ADD, 0.9, "local", List.of(),
                List.of(new ItemRequest(null, null, List.of(new OptionRequest(group, id, null)), null)));
    }

    /** A message carrying entities of one intent, given as type, value, type, value... */
    static Interpretation saying(String text, Intent intent, String... entities) {
        List<Entity> found = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < entities.length; i += 2) {
            found.add(new Entity(entities[i], entities[i + 1], text, 0, text.length()));
        }
        return new Interpretation(text, intent, 0.95, "local", found, List.of());
    }

    private static List<OptionRequest> options(String... groupsAndIds) {
        List<OptionRequest> options = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < groupsAndIds.length; i += 2) {
            options.add(new OptionRequest(groupsAndIds[i], groupsAndIds[i + 1], null));
        }
        return options;
    }

    static List<String> texts(List<BotMessage> messages) {
        return Arrays.asList(messages.stream().map(BotMessage::text).toArray(String[]::new));
    }
}
