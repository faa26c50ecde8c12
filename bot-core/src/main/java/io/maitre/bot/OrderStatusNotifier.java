package io.maitre.bot;

import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderStatus;
import io.maitre.order.OrderStatusChanged;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Tells the customer, on the channel they ordered on, when their order moves. */
@Component
class OrderStatusNotifier {

    private static final Map<OrderStatus, String> WORDS = Map.of(
            OrderStatus.SENT_TO_KITCHEN, "has reached the kitchen",
            OrderStatus.ACCEPTED, "was accepted by the kitchen",
            OrderStatus.IN_PROGRESS, "is being made",
            OrderStatus.READY, "is ready",
            OrderStatus.COMPLETED, "is complete. Enjoy your meal",
            OrderStatus.CANCELLED, "was cancelled",
            OrderStatus.NEEDS_ATTENTION, "needs a moment of our team's attention; they'll be in touch");

    private final CustomerUpdates updates;
    private final FindOrder findOrder;

    OrderStatusNotifier(CustomerUpdates updates, FindOrder findOrder) {
        this.updates = updates;
        this.findOrder = findOrder;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(OrderStatusChanged event) {
        if (event.conversationKey() == null || !event.conversationKey().contains(":")) {
            return;
        }
        ConversationRef ref = ConversationRef.ofKey(event.conversationKey());
        String words = WORDS.getOrDefault(event.to(), "is now " + event.to().name().toLowerCase(Locale.ROOT));
        BotMessage message = BotMessage.say("Your order " + event.number() + " " + words + ".");
        findOrder.byId(event.orderId()).map(Views::order)
                .ifPresent(order -> updates.publish(new CustomerUpdates.CustomerUpdate(ref, order, message)));
    }
}
