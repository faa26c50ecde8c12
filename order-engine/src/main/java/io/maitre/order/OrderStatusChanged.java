package io.maitre.order;

import io.maitre.menu.OutletId;
import java.time.Instant;

/**
 * An order moved from one status to another. Carries the channel and conversation so the
 * customer can be told; published inside the transaction, listen AFTER_COMMIT.
 */
public record OrderStatusChanged(OrderId orderId, OutletId outletId, String number, OrderStatus from,
                                 OrderStatus to, String channel, String conversationKey, Instant at) {
}
