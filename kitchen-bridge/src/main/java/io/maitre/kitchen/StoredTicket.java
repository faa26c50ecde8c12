package io.maitre.kitchen;

import io.maitre.kitchen.v1.Ticket;
import java.time.Instant;
import java.util.Set;

/**
 * A ticket row: the full ticket (every line, each naming its station) and its delivery state.
 *
 * @param sequence null while the ticket is HELD
 */
record StoredTicket(String ticketId, String orderId, String outletId, Long sequence, TicketState state,
                    Set<String> stations, Ticket body, String orderStatus, String holdReason, StockState stock,
                    Instant createdAt, Instant releasedAt, Instant firstAckedAt, Instant escalatedAt) {
}
