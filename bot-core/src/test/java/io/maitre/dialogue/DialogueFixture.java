package io.maitre.dialogue;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.PhoneConfirmation;
import io.maitre.conversation.Conversation;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Geocoder;
import io.maitre.menu.Menu;
import io.maitre.menu.OutletId;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.nlu.Entity;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.ItemRequest;
import io.maitre.nlu.OptionRequest;
import io.maitre.order.CustomerOrders;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/**
 * The dialogue manager on the demo menu with a fixed clock, and readings written by hand: no model is loaded. Earlier
 * orders, sold-out items and confirmed numbers are whatever a test puts in {@link #pastOrders}, {@link #soldOut} and
 * the confirmation it passes.
 */
final class DialogueFixture {

    static final Menu MENU = YamlMenuCatalog.fromClasspath().menu("demo").orElseThrow();
    /** A Monday at 6 pm in New York, the demo pizzeria's zone: open, with the evening ahead. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T23:00:00Z"), ZoneOffset.UTC);

    /** Orders stored "before" the test, which the fake order history answers from. */
    final List<OrderDetails> pastOrders = new ArrayList<>();
    /** Items sold out at every outlet. */
    final Set<String> soldOut = new java.util.HashSet<>();
    /** Every lookup the dialogue made of a customer's orders, as "outlet number". */
    final List<String> lookups = new ArrayList<>();
    private final DialogueManager dialogue;

    DialogueFixture() {
        this(CLOCK);
    }

    DialogueFixture(Clock clock) {
        this(clock, null);
    }

    DialogueFixture(PhoneConfirmation confirmation) {
        this(CLOCK, confirmation);
    }

    private DialogueFixture(Clock clock, PhoneConfirmation confirmation) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("availability", new AvailabilityProvider() {
            @Override
            public boolean isAvailable(OutletId outlet, String itemId) {
                return !soldOut.contains(itemId);
            }

            @Override
            public Set<String> unavailableItems(OutletId outlet) {
                return Set.copyOf(soldOut);
            }
        });
        if (confirmation != null) {
            beans.addBean("confirmation", confirmation);
        }
        this.dialogue = new DialogueManager(null, null, null, new History(),
                beans.getBeanProvider(PhoneConfirmation.class), beans.getBeanProvider(AvailabilityProvider.class),
                beans.getBeanProvider(Geocoder.class), clock);
    }

    /** The order history as the order engine keeps it: by outlet and number, newest first. */
    private final class History implements CustomerOrders {
        @Override
        public List<OrderDetails> recentOfPhone(OutletId outletId, String phone, int limit) {
            lookups.add(outletId.value() + " " + phone);
            return pastOrders.stream().filter(o -> o.outletId().equals(outletId))
                    .filter(o -> phone.equals(o.customer().phone()))
                    .sorted(Comparator.comparing(OrderDetails::placedAt).reversed()).limit(limit).toList();
        }

        @Override
        public Optional<OrderDetails> latestOpenOfPhone(OutletId outletId, String phone) {
            return recentOfPhone(outletId, phone, Integer.MAX_VALUE).stream()
                    .filter(o -> o.status() != OrderStatus.COMPLETED && o.status() != OrderStatus.CANCELLED)
                    .findFirst();
        }
    }

    DialogueManager dialogue() {
        return dialogue;
    }

    Conversation conversation(ConversationRef ref) {
        return Conversation.start(ref, "demo", "en", CLOCK.instant());
    }

    List<BotMessage> respond(Conversation conversation, Interpretation heard) {
        List<BotMessage> reply = dialogue.respond(conversation, MENU, heard).messages();
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
