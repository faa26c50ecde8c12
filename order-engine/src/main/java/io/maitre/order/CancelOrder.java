package io.maitre.order;

import org.springframework.stereotype.Service;

/** Cancels an order on behalf of the customer or staff, as long as the kitchen has not started it. */
@Service
public class CancelOrder {

    private final OrderTransitions transitions;

    CancelOrder(OrderTransitions transitions) {
        this.transitions = transitions;
    }

    /**
     * @throws OrderNotFound          no such order
     * @throws IllegalOrderTransition preparation has started, or the order is already final
     */
    public OrderDetails cancel(OrderId id, String reason) {
        return transitions.apply(id, (order, now) -> order.cancel(reason, now));
    }
}
