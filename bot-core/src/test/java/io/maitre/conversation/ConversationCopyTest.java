package io.maitre.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.cart.Cart;
import io.maitre.cart.CartLine;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.LineId;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversationCopyTest {

    private static final Instant NOW = Instant.parse("2026-12-07T18:00:00Z");

    /** A conversation with every field set, so that a field the copy forgets shows up as a difference. */
    private static Conversation everythingSet() {
        Conversation c = Conversation.start(ConversationRef.sms("+15550000001", "+15550000002"), "demo", "en", NOW);
        c.cart(new Cart(List.of(new CartLine(new LineId("line-1"), "pizza", 2, List.of(), "well done"))));
        c.pending(List.of(ItemSelection.of("coke")));
        c.moveTo(new DialogueState.AwaitingTime(), false);
        c.moveTo(new DialogueState.AwaitingTime(), false);
        c.markDoneAdding();
        c.fulfillmentMode("delivery");
        c.fulfillmentTime("19:15");
        c.address("12 Main St");
        c.customerName("Alex");
        c.customerPhone("+15550000002");
        c.lastLineId("line-1");
        c.heard("two pizzas", NOW, 50);
        c.said(List.of(BotMessage.say("When would you like it?")), NOW.plusSeconds(1), 50);
        setOrderIdKeepingTheCart(c, "order-1");
        return c;
    }

    private static void setOrderIdKeepingTheCart(Conversation c, String orderId) {
        try {
            Field field = Conversation.class.getDeclaredField("orderId");
            field.setAccessible(true);
            field.set(c, orderId);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Field> state() {
        return Arrays.stream(Conversation.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .peek(f -> f.setAccessible(true))
                .toList();
    }

    @Test
    void theFixtureSetsEveryField() throws IllegalAccessException {
        Conversation c = everythingSet();
        for (Field field : state()) {
            Object value = field.get(c);
            assertThat(value).as("field %s: set it in everythingSet() and copy it in Conversation.copy()",
                    field.getName()).isNotNull().isNotIn(0, false, List.of());
        }
    }

    @Test
    void aCopyHasEveryFieldOfTheOriginal() throws IllegalAccessException {
        Conversation original = everythingSet();
        Conversation copy = original.copy();
        for (Field field : state()) {
            assertThat(field.get(copy)).as("field %s", field.getName()).isEqualTo(field.get(original));
        }
    }

    @Test
    void changingACopyLeavesTheOriginalAsItWas() {
        Conversation original = everythingSet();
        Conversation copy = original.copy();
        copy.heard("and a coke", NOW.plusSeconds(5), 50);
        copy.pending(List.of());
        copy.startOver();
        assertThat(original.transcript()).hasSize(2);
        assertThat(original.pending()).hasSize(1);
        assertThat(original.cart().lines()).hasSize(1);
    }

    @Test
    void theEmbeddedStoreHandsOutCopies() {
        ConversationProperties properties = new ConversationProperties("memory", Duration.ofMinutes(30), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 50, 10_000);
        InMemoryConversationStore store = new InMemoryConversationStore(properties, Clock.fixed(NOW, ZoneOffset.UTC));
        Conversation c = everythingSet();
        store.save(c);
        c.heard("changed after saving", NOW, 50);
        Conversation loaded = store.load(c.key()).orElseThrow();
        loaded.heard("changed after loading", NOW, 50);
        assertThat(store.load(c.key()).orElseThrow().transcript()).hasSize(2);
    }
}
