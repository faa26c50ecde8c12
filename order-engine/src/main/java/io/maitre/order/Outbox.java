package io.maitre.order;

import java.util.List;

/**
 * Order events waiting to be delivered to the kitchen, written in the same transaction as the
 * order itself. A relay reads {@link #pending}, delivers, then marks each message dispatched or
 * records the failure (and tries again later). Delivery is at least once.
 *
 * <p>Message types: {@value #ORDER_PLACED}, whose payload is a JSON object with {@code orderId},
 * {@code number}, {@code outletId}, {@code outletName}, {@code status}, {@code placedAt},
 * {@code fulfillment} ({@code mode} "pickup"/"delivery", {@code time} ISO-8601 or null,
 * {@code address}), {@code customer} ({@code name}, {@code phone}), {@code channel},
 * {@code lines} (each {@code lineId}, {@code itemId}, {@code name}, {@code quantity}, {@code note},
 * {@code options} [{@code group}, {@code id}, {@code name}, {@code qualifier}], {@code unitPrice},
 * {@code lineTotal}), {@code subtotal}, {@code tax}, {@code total} (decimal strings) and
 * {@code currency}.
 */
public interface Outbox {

    /** Type of the message written when an order is placed. */
    String ORDER_PLACED = "OrderPlaced";

    /** Undispatched messages, oldest first (id order, which is creation order), at most {@code limit}. */
    List<OutboxMessage> pending(int limit);

    /** The message was delivered; it will not be returned by {@link #pending} again. */
    void markDispatched(long id);

    /** Delivery failed; counts an attempt and keeps the error. The message stays pending. */
    void recordFailure(long id, String error);
}
