package io.maitre.order;

/** The order's status does not allow this move (e.g. cancelling an order that is being prepared). */
public class IllegalOrderTransition extends RuntimeException {

    private final OrderId orderId;
    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalOrderTransition(OrderId orderId, OrderStatus from, OrderStatus to) {
        super("Order " + orderId + " cannot go from " + from + " to " + to);
        this.orderId = orderId;
        this.from = from;
        this.to = to;
    }

    public OrderId orderId() {
        return orderId;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
