package io.maitre.order;

import java.time.Instant;

/**
 * One outbox message; see {@link Outbox} for the types and payloads.
 *
 * @param attempts failed delivery attempts so far
 */
public record OutboxMessage(long id, String type, String orderId, String outletId, String payload,
                            Instant createdAt, int attempts) {
}
