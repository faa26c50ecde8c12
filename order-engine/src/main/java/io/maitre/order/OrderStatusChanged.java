package io.maitre.order;

import io.maitre.menu.OutletId;
import java.time.Instant;

/**
 * An order moved from one status to another. Carries the channel and conversation so the
 * customer can be told, and why it moved when that was said (a cancel's reason, or what held it
 * for staff as NEEDS_ATTENTION: e.g. the inventory being unreachable, no terminal taking the
 * ticket); published inside the transaction, listen AFTER_COMMIT.
 *
 * @param reason why the order moved there, or {@code null}
 */
public record OrderStatusChanged(OrderId orderId, OutletId outletId, String number, OrderStatus from,
                                 OrderStatus to, String channel, String conversationKey, Instant at,
                                 String reason) {
}
