package io.maitre.kitchen;

import io.maitre.inventory.InventoryUnavailable;
import io.maitre.inventory.StockKeeper;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.IllegalOrderTransition;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.OrderStatusChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps tickets in step with their orders: records status changes (closing tickets of completed
 * and cancelled orders and telling terminals), releases a HELD ticket when staff send its order
 * to the kitchen, commits or releases stock once the inventory service answers, and flags orders
 * whose ticket no terminal took in time. Runs on the {@link KitchenWorker} thread only.
 */
class KitchenUpkeep {

    private static final Logger log = LoggerFactory.getLogger(KitchenUpkeep.class);
    private static final int STOCK_BATCH = 50;

    private final Tickets tickets;
    private final KitchenDesk desk;
    private final StockKeeper stock;
    private final FindOrder findOrder;
    private final AdvanceOrder advanceOrder;
    private final TransactionTemplate transaction;
    private final Duration unclaimedAfter;

    KitchenUpkeep(Tickets tickets, KitchenDesk desk, StockKeeper stock, FindOrder findOrder, AdvanceOrder advanceOrder,
                  PlatformTransactionManager transactions, KitchenProperties properties) {
        this.tickets = tickets;
        this.desk = desk;
        this.stock = stock;
        this.findOrder = findOrder;
        this.advanceOrder = advanceOrder;
        this.transaction = new TransactionTemplate(transactions);
        this.unclaimedAfter = properties.unclaimedAfter();
    }

    void statusChanged(OrderStatusChanged change) {
        Optional<StoredTicket> found = tickets.findByOrder(change.orderId().toString());
        if (found.isEmpty()) {
            return;
        }
        StoredTicket ticket = found.get();
        OrderStatus status = change.to();
        Instant now = Instant.now();
        tickets.updateOrderStatus(ticket.ticketId(), status.name(), status.isFinal(), now);
        if (status == OrderStatus.COMPLETED) {
            tickets.moveStock(ticket.ticketId(), StockState.RESERVED, StockState.COMMIT_PENDING);
        } else if (status == OrderStatus.CANCELLED) {
            tickets.moveStock(ticket.ticketId(), StockState.RESERVED, StockState.RELEASE_PENDING);
        }
        if (ticket.state() == TicketState.HELD && status == OrderStatus.SENT_TO_KITCHEN) {
            boolean released = Boolean.TRUE.equals(transaction.execute(tx ->
                    tickets.release(ticket.ticketId(), tickets.nextSequence(), now)));
            if (released) {
                log.info("Order {} released to the kitchen by staff", ticket.body().getOrderNumber());
                desk.ticketsAvailable(ticket.outletId());
            }
        }
        desk.statusChanged(ticket, status);
        if (status.isFinal()) {
            settleStock();
        }
    }

    /**
     * Catches up with status changes that were missed while the service was down (they are
     * handled after commit, so a crash in between loses them): every unfinished ticket whose
     * order has moved since is brought up to date.
     */
    void catchUp() {
        for (StoredTicket ticket : tickets.unfinished()) {
            OrderId orderId = OrderId.of(ticket.orderId());
            findOrder.byId(orderId)
                    .filter(order -> !order.status().name().equals(ticket.orderStatus()))
                    .ifPresent(order -> statusChanged(new OrderStatusChanged(orderId, order.outletId(), order.number(),
                            OrderStatus.valueOf(ticket.orderStatus()), order.status(), order.channel(),
                            order.conversationKey(), Instant.now(), null)));
        }
    }

    /** Commits or releases the stock of completed and cancelled orders; stops at the first failure. */
    void settleStock() {
        for (StoredTicket ticket : tickets.stockPending(STOCK_BATCH)) {
            OrderId orderId = OrderId.of(ticket.orderId());
            try {
                if (ticket.stock() == StockState.COMMIT_PENDING) {
                    stock.commit(orderId);
                    tickets.moveStock(ticket.ticketId(), StockState.COMMIT_PENDING, StockState.COMMITTED);
                } else {
                    stock.release(orderId);
                    tickets.moveStock(ticket.ticketId(), StockState.RELEASE_PENDING, StockState.RELEASED);
                }
            } catch (InventoryUnavailable unreachable) {
                log.debug("Stock of order {} not settled yet: {}", orderId, unreachable.getMessage());
                return;
            }
        }
    }

    /** Flags the orders of tickets that no terminal acknowledged within {@code unclaimed-after}. */
    void escalateUnclaimed() {
        Instant now = Instant.now();
        for (StoredTicket ticket : tickets.unclaimedSince(now.minus(unclaimedAfter))) {
            OrderId orderId = OrderId.of(ticket.orderId());
            try {
                OrderStatus status = findOrder.byId(orderId).map(OrderDetails::status).orElse(null);
                if (status == OrderStatus.PLACED) {
                    advanceOrder.to(orderId, OrderStatus.NEEDS_ATTENTION,
                            "No kitchen terminal took the ticket within " + describe(unclaimedAfter));
                    log.warn("Order {} flagged: no kitchen terminal took its ticket within {}",
                            ticket.body().getOrderNumber(), describe(unclaimedAfter));
                }
                tickets.markEscalated(ticket.ticketId(), now);
            } catch (OptimisticLockingFailureException | IllegalOrderTransition moved) {
                log.debug("Order {} moved while checking its unclaimed ticket; checked again next time", orderId);
            }
        }
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }
}
