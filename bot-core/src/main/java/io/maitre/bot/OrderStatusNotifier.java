package io.maitre.bot;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.OrderView;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderStatus;
import io.maitre.order.OrderStatusChanged;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the customer, on the channel they ordered on, when their order moves. An order the kitchen side holds for
 * staff (NEEDS_ATTENTION: sold out, the inventory unreachable, not sent to or not taken by the kitchen) also hands
 * its conversation to staff with that reason, and the customer is told so.
 */
@Component
class OrderStatusNotifier {

    private static final Logger log = LoggerFactory.getLogger(OrderStatusNotifier.class);
    private static final Map<OrderStatus, String> WORDS = Map.of(
            OrderStatus.SENT_TO_KITCHEN, "has reached the kitchen",
            OrderStatus.ACCEPTED, "was accepted by the kitchen",
            OrderStatus.IN_PROGRESS, "is being made",
            OrderStatus.READY, "is ready",
            OrderStatus.COMPLETED, "is complete. Enjoy your meal",
            OrderStatus.CANCELLED, "was cancelled",
            OrderStatus.NEEDS_ATTENTION, "needs a moment of our team's attention; they'll be in touch");
    private static final String HANDED_OFF = "needs a moment of our team's attention, so I've passed it to a member"
            + " of our team, who'll be in touch with you shortly";

    private final CustomerUpdates updates;
    private final FindOrder findOrder;
    private final OrderHandOffs handOffs;

    OrderStatusNotifier(CustomerUpdates updates, FindOrder findOrder, OrderHandOffs handOffs) {
        this.updates = updates;
        this.findOrder = findOrder;
        this.handOffs = handOffs;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        if (event.conversationKey() == null || !event.conversationKey().contains(":")) {
            return;
        }
        ConversationRef ref = ConversationRef.ofKey(event.conversationKey());
        Optional<OrderView> order = findOrder.byId(event.orderId()).map(Views::order);
        if (order.isEmpty()) {
            return;
        }
        if (event.to() == OrderStatus.NEEDS_ATTENTION && handedOff(event, ref)) {
            updates.publish(new CustomerUpdates.CustomerUpdate(ref, order.get(), say(event, HANDED_OFF), true));
            return;
        }
        String words = WORDS.getOrDefault(event.to(), "is now " + event.to().name().toLowerCase(Locale.ROOT));
        updates.publish(new CustomerUpdates.CustomerUpdate(ref, order.get(), say(event, words)));
    }

    /** Whether the held order's conversation went to staff just now (not when staff had it already, or it ended). */
    private boolean handedOff(OrderStatusChanged event, ConversationRef ref) {
        String reason = "order " + event.number() + " needs attention"
                + (event.reason() == null || event.reason().isBlank() ? "" : ": " + event.reason());
        try {
            return handOffs.handOff(ref, reason, say(event, HANDED_OFF).text()) == OrderHandOffs.Outcome.HANDED_OFF;
        } catch (RuntimeException e) {
            log.warn("Could not hand {} to staff for order {}", ref.key(), event.number(), e);
            return false;
        }
    }

    private static BotMessage say(OrderStatusChanged event, String words) {
        return BotMessage.say("Your order " + event.number() + " " + words + ".");
    }
}
