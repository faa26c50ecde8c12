package io.maitre.order;

import io.maitre.cart.PricedLine;
import io.maitre.menu.Money;
import io.maitre.menu.OutletId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * An order as stored: names and prices are those at placement, whatever the menu says today.
 * {@code number} is the short number staff read out, e.g. {@code "042"}; {@code deliveryFee} is zero for pickup and
 * {@code total} includes it.
 */
public record OrderDetails(OrderId id, String number, OutletId outletId, OrderStatus status, List<PricedLine> lines,
                           Money subtotal, Money deliveryFee, Money tax, Money total, Currency currency,
                           Fulfillment fulfillment, Customer customer, String channel, String conversationKey, Instant placedAt) {

    public OrderDetails {
        lines = List.copyOf(lines);
    }
}
