package io.maitre.order;

/**
 * Where an order is in its life. The allowed moves are listed on {@link Order}; {@code COMPLETED}
 * and {@code CANCELLED} are final.
 */
public enum OrderStatus {
    /** Stored and waiting for the outbox relay to send it to the kitchen. */
    PLACED,
    /** The ticket reached the kitchen terminals. */
    SENT_TO_KITCHEN,
    /** A cook acknowledged the ticket. */
    ACCEPTED,
    /** Being prepared; from here on it can no longer be cancelled. */
    IN_PROGRESS,
    /** Ready for pickup or for the driver. */
    READY,
    /** Handed over. */
    COMPLETED,
    /** Cancelled by the customer, staff or kitchen before preparation started. */
    CANCELLED,
    /** Something went wrong (stock, terminal, payment); staff must look at it. */
    NEEDS_ATTENTION;

    /** No move leaves a final status. */
    public boolean isFinal() {
        return this == COMPLETED || this == CANCELLED;
    }
}
