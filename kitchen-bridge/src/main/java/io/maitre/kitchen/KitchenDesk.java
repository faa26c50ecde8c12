package io.maitre.kitchen;

import io.maitre.kitchen.v1.BumpStatus;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketUpdate;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.OutletId;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.IllegalOrderTransition;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderNotFound;
import io.maitre.order.OrderStatus;
import io.maitre.order.OutletNotFound;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The kitchen as terminals see it: subscribe to an outlet's station, receive its open tickets
 * in sequence order (first those after the terminal's last acknowledgement, then new ones as
 * they come), acknowledge them, and bump orders along. The first acknowledgement of a ticket
 * marks its order SENT_TO_KITCHEN. Staff screens ask it which tickets still wait.
 */
@Service
public class KitchenDesk implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KitchenDesk.class);
    private static final int PAGE = 100;
    private static final int TRIES = 3;

    private final Tickets tickets;
    private final FindOrder findOrder;
    private final AdvanceOrder advanceOrder;
    private final MenuCatalog menus;
    private final Map<String, Set<TerminalSession>> sessionsByOutlet = new ConcurrentHashMap<>();
    private final AtomicInteger pumpThreads = new AtomicInteger();
    private final ExecutorService pumps = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "kitchen-pump-" + pumpThreads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    KitchenDesk(Tickets tickets, FindOrder findOrder, AdvanceOrder advanceOrder, MenuCatalog menus) {
        this.tickets = tickets;
        this.findOrder = findOrder;
        this.advanceOrder = advanceOrder;
        this.menus = menus;
    }

    /**
     * Connects a terminal. Tickets up to {@code lastAckedSequence} count as acknowledged by it
     * (an acknowledgement may have been lost with the connection); the rest are sent to the sink.
     *
     * @throws OutletNotFound           no menu is loaded for the outlet
     * @throws IllegalArgumentException the station or terminal id is blank
     */
    public TerminalSession subscribe(String outletId, String station, String terminalId, long lastAckedSequence,
                                     TicketSink sink) {
        if (station == null || station.isBlank() || terminalId == null || terminalId.isBlank()) {
            throw new IllegalArgumentException("A terminal needs a station and a terminal id");
        }
        if (outletId == null || outletId.isBlank() || menus.menu(outletId).isEmpty()) {
            throw new OutletNotFound(new OutletId(outletId == null || outletId.isBlank() ? "-" : outletId));
        }
        TerminalSession session = new TerminalSession(outletId, station, terminalId, sink, Math.max(0, lastAckedSequence));
        if (lastAckedSequence > 0) {
            for (StoredTicket ticket : tickets.unackedUpTo(outletId, lastAckedSequence, terminalId)) {
                if (TicketFactory.concerns(ticket.stations(), station)) {
                    acknowledged(session, ticket);
                }
            }
        }
        sessionsByOutlet.computeIfAbsent(outletId, outlet -> ConcurrentHashMap.newKeySet()).add(session);
        log.info("Kitchen {} connected, resuming after ticket {}", session, lastAckedSequence);
        requestPump(session);
        return session;
    }

    public void disconnect(TerminalSession session) {
        Set<TerminalSession> sessions = sessionsByOutlet.get(session.outletId());
        if (sessions != null && sessions.remove(session)) {
            log.info("Kitchen {} disconnected", session);
        }
    }

    /** The terminal shows the ticket. Unknown tickets and repeats are ignored. */
    public void ack(TerminalSession session, String ticketId) {
        tickets.find(ticketId)
                .filter(ticket -> ticket.outletId().equals(session.outletId()))
                .filter(ticket -> ticket.state() == TicketState.OPEN)
                .ifPresent(ticket -> acknowledged(session, ticket));
    }

    /**
     * Moves the ticket's order to the bumped status ({@code RECALL} undoes the last kitchen step).
     *
     * @return the order's status afterwards
     * @throws BumpRejected the ticket is unknown here or the order cannot move there
     */
    public OrderStatus bump(TerminalSession session, String ticketId, BumpStatus status) {
        StoredTicket ticket = tickets.find(ticketId)
                .filter(found -> found.outletId().equals(session.outletId()))
                .filter(found -> found.state() != TicketState.HELD)
                .orElseThrow(() -> new BumpRejected("No ticket " + ticketId + " at outlet " + session.outletId()));
        if (ticket.state() == TicketState.OPEN) {
            acknowledged(session, ticket);
        }
        OrderId orderId = OrderId.of(ticket.orderId());
        for (int attempt = 1; ; attempt++) {
            try {
                return advanceOrder.to(orderId, target(orderId, status)).status();
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == TRIES) {
                    throw new BumpRejected("Order " + orderId + " is being changed elsewhere; bump again");
                }
            } catch (IllegalOrderTransition | OrderNotFound refused) {
                throw new BumpRejected(refused.getMessage());
            }
        }
    }

    /** Tickets of the outlet that no terminal has acknowledged yet, or that are held for staff; oldest first. */
    public List<WaitingTicket> waiting(OutletId outlet) {
        return tickets.waiting(outlet.value()).stream()
                .map(ticket -> new WaitingTicket(ticket.orderId(), ticket.body().getOrderNumber(), ticket.state(),
                        ticket.holdReason(), ticket.createdAt()))
                .toList();
    }

    /** How many terminals of the outlet are connected now. */
    public int connectedTerminals(OutletId outlet) {
        return sessionsByOutlet.getOrDefault(outlet.value(), Set.of()).size();
    }

    /** New tickets were released for the outlet: connected terminals get them. */
    void ticketsAvailable(String outletId) {
        sessionsByOutlet.getOrDefault(outletId, Set.of()).forEach(this::requestPump);
    }

    /**
     * Looks for new tickets for every connected terminal: tickets another instance relayed reach
     * the terminals connected here within one tick.
     */
    void ticketsMayBeAvailable() {
        sessionsByOutlet.values().forEach(sessions -> sessions.forEach(this::requestPump));
    }

    /** Tells the outlet's terminals that a ticket's order changed status. */
    void statusChanged(StoredTicket ticket, OrderStatus status) {
        TicketUpdate update = TicketUpdate.newBuilder()
                .setTicketId(ticket.ticketId())
                .setOrderId(ticket.orderId())
                .setOrderStatus(status.name())
                .build();
        for (TerminalSession session : sessionsByOutlet.getOrDefault(ticket.outletId(), Set.of())) {
            if (TicketFactory.concerns(ticket.stations(), session.station())) {
                try {
                    session.sink().update(update);
                } catch (RuntimeException gone) {
                    log.debug("Could not tell {} of {}: {}", session, update.getOrderId(), gone.getMessage());
                }
            }
        }
    }

    @Override
    public void destroy() {
        pumps.shutdownNow();
    }

    private OrderStatus target(OrderId orderId, BumpStatus status) {
        return switch (status) {
            case BUMP_STATUS_ACCEPTED -> OrderStatus.ACCEPTED;
            case BUMP_STATUS_IN_PROGRESS -> OrderStatus.IN_PROGRESS;
            case BUMP_STATUS_READY -> OrderStatus.READY;
            case BUMP_STATUS_COMPLETED -> OrderStatus.COMPLETED;
            case BUMP_STATUS_RECALL -> {
                OrderStatus current = findOrder.byId(orderId).map(OrderDetails::status)
                        .orElseThrow(() -> new OrderNotFound(orderId));
                if (current == OrderStatus.READY) {
                    yield OrderStatus.IN_PROGRESS;
                }
                if (current == OrderStatus.IN_PROGRESS) {
                    yield OrderStatus.ACCEPTED;
                }
                throw new BumpRejected("Order " + orderId + " is " + current + "; only READY and IN_PROGRESS can be recalled");
            }
            case BUMP_STATUS_UNSPECIFIED, UNRECOGNIZED -> throw new BumpRejected("The bump names no status");
        };
    }

    private void acknowledged(TerminalSession session, StoredTicket ticket) {
        Instant now = Instant.now();
        tickets.recordAck(ticket.ticketId(), session.terminalId(), session.station(), now);
        if (tickets.markFirstAck(ticket.ticketId(), now)) {
            sendToKitchen(ticket);
        }
    }

    /** The first terminal took the ticket: a waiting order (or one escalated for that wait) is now in the kitchen. */
    private void sendToKitchen(StoredTicket ticket) {
        OrderId orderId = OrderId.of(ticket.orderId());
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                OrderStatus status = findOrder.byId(orderId).map(OrderDetails::status).orElse(null);
                boolean waited = status == OrderStatus.PLACED
                        || status == OrderStatus.NEEDS_ATTENTION && ticket.escalatedAt() != null;
                if (waited) {
                    advanceOrder.to(orderId, OrderStatus.SENT_TO_KITCHEN);
                }
                return;
            } catch (OptimisticLockingFailureException raced) {
                log.debug("Order {} changed while marking it sent to the kitchen; again", orderId);
            } catch (IllegalOrderTransition moved) {
                return;
            }
        }
    }

    private void requestPump(TerminalSession session) {
        if (session.pumpRequests().getAndIncrement() == 0) {
            try {
                pumps.execute(() -> pump(session));
            } catch (RejectedExecutionException stopping) {
                log.debug("Not sending tickets to {}: stopping", session);
            }
        }
    }

    /** Sends until no request came in meanwhile; one pump per session at a time keeps tickets in order. */
    private void pump(TerminalSession session) {
        int seen;
        do {
            seen = session.pumpRequests().get();
            try {
                sendNewTickets(session);
            } catch (RuntimeException failed) {
                log.warn("Could not send tickets to {}", session, failed);
            }
        } while (!session.pumpRequests().compareAndSet(seen, 0));
    }

    private void sendNewTickets(TerminalSession session) {
        while (sessionsByOutlet.getOrDefault(session.outletId(), Set.of()).contains(session)) {
            List<StoredTicket> page = tickets.openAfter(session.outletId(), session.lastSentSequence(), PAGE);
            for (StoredTicket ticket : page) {
                if (TicketFactory.concerns(ticket.stations(), session.station())) {
                    session.sink().ticket(copyFor(ticket, session.station()));
                }
                session.sentUpTo(ticket.sequence());
            }
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    private static Ticket copyFor(StoredTicket ticket, String station) {
        return TicketFactory.forStation(ticket.body(), station).toBuilder()
                .setSequence(ticket.sequence())
                .setOrderStatus(ticket.orderStatus())
                .build();
    }
}
