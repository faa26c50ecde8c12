package io.maitre.order;

import io.maitre.cart.Cart;
import io.maitre.menu.OutletId;
import java.util.Objects;

/**
 * A request to turn a cart into an order.
 *
 * @param channel         the channel the customer used ({@code web}, {@code sms}, {@code voice}); status
 *                        updates go back there
 * @param conversationKey identifies the conversation on that channel, for status updates
 */
public record PlaceOrderCommand(OutletId outletId, Cart cart, Fulfillment fulfillment, Customer customer,
                                String channel, String conversationKey) {

    public PlaceOrderCommand {
        Objects.requireNonNull(outletId, "outletId");
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(fulfillment, "fulfillment");
        Objects.requireNonNull(customer, "customer");
    }
}
