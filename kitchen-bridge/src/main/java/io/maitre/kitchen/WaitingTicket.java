package io.maitre.kitchen;

import java.time.Instant;

/**
 * An order the kitchen has not taken yet, for staff screens.
 *
 * @param state  OPEN while no terminal has acknowledged it, HELD while staff must decide
 * @param reason why it is held, or null
 * @param since  when the ticket was made
 */
public record WaitingTicket(String orderId, String orderNumber, TicketState state, String reason, Instant since) {
}
