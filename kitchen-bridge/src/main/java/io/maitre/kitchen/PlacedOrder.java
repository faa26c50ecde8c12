package io.maitre.kitchen;

import io.maitre.kitchen.v1.Ticket;
import io.maitre.menu.OutletId;
import io.maitre.order.OrderId;
import java.util.Map;
import java.util.Set;

/**
 * An {@code OrderPlaced} outbox message read for the kitchen: the full ticket, the stations it
 * concerns and the stock it needs.
 *
 * @param quantities item id to total quantity over all lines
 */
record PlacedOrder(OrderId orderId, OutletId outletId, Ticket ticket, Set<String> stations,
                   Map<String, Integer> quantities) {
}
