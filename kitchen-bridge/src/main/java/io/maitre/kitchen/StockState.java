package io.maitre.kitchen;

/** The stock held for a ticket's order in the inventory service. */
enum StockState {
    /** Nothing held: the reservation failed or the outlet tracks no stock. */
    NONE,
    RESERVED,
    /** The order was handed over; the commit has not reached the inventory service yet. */
    COMMIT_PENDING,
    COMMITTED,
    /** The order was cancelled; the release has not reached the inventory service yet. */
    RELEASE_PENDING,
    RELEASED
}
