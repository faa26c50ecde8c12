package io.maitre.kitchen;

import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketUpdate;

/** Where a connected terminal receives its tickets; calls may come from several threads. */
public interface TicketSink {

    void ticket(Ticket ticket);

    void update(TicketUpdate update);
}
