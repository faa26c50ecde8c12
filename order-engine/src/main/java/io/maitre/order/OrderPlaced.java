package io.maitre.order;

import io.maitre.menu.OutletId;
import java.time.Instant;

/** An order was stored (published inside the placing transaction; listen AFTER_COMMIT). */
public record OrderPlaced(OrderId orderId, OutletId outletId, String number, Instant placedAt) {
}
