package io.maitre.order;

/** No order has this id. */
public class OrderNotFound extends RuntimeException {

    private final OrderId orderId;

    public OrderNotFound(OrderId orderId) {
        super("Unknown order " + orderId);
        this.orderId = orderId;
    }

    public OrderId orderId() {
        return orderId;
    }
}
