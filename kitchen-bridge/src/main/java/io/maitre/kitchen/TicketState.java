package io.maitre.kitchen;

/** Where a ticket is in its delivery to the terminals. */
public enum TicketState {
    /** Being delivered to terminals (acknowledged or not yet). */
    OPEN,
    /** Kept from the kitchen until staff send the order on (e.g. stock could not be reserved). */
    HELD,
    /** The order is completed or cancelled; no longer sent. */
    CLOSED
}
