package io.maitre.order;

import org.springframework.stereotype.Service;

/**
 * Moves an order to the status a kitchen terminal or the outbox relay reports, through the
 * aggregate's guarded transitions. Reporting the status the order already has changes nothing,
 * because terminals may repeat themselves. Moving back (READY to IN_PROGRESS, IN_PROGRESS to
 * ACCEPTED) is a recall. A move that collides with a concurrent change of the same order is
 * retried on the fresh state.
 */
@Service
public class AdvanceOrder {

    private final OrderTransitions transitions;

    AdvanceOrder(OrderTransitions transitions) {
        this.transitions = transitions;
    }

    /**
     * @throws OrderNotFound          no such order
     * @throws IllegalOrderTransition the order cannot move there from where it is
     */
    public OrderDetails to(OrderId id, OrderStatus target) {
        return to(id, target, null);
    }

    /** As {@link #to(OrderId, OrderStatus)}, with the reason kept for CANCELLED or NEEDS_ATTENTION. */
    public OrderDetails to(OrderId id, OrderStatus target, String reason) {
        return transitions.apply(id, (order, now) -> {
            OrderStatus current = order.status();
            if (current == target) {
                return;
            }
            switch (target) {
                case PLACED -> throw new IllegalOrderTransition(id, current, target);
                case SENT_TO_KITCHEN -> order.markSentToKitchen(now);
                case ACCEPTED -> {
                    if (current == OrderStatus.IN_PROGRESS) {
                        order.recall(now);
                    } else {
                        order.accept(now);
                    }
                }
                case IN_PROGRESS -> {
                    if (current == OrderStatus.READY) {
                        order.recall(now);
                    } else {
                        order.startPreparing(now);
                    }
                }
                case READY -> order.markReady(now);
                case COMPLETED -> order.complete(now);
                case CANCELLED -> order.cancel(reason, now);
                case NEEDS_ATTENTION -> order.flagNeedsAttention(reason, now);
            }
        });
    }
}
