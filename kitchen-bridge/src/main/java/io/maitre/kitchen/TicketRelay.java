package io.maitre.kitchen;

import io.maitre.inventory.InventoryUnavailable;
import io.maitre.inventory.Reservation;
import io.maitre.inventory.StockKeeper;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.Outbox;
import io.maitre.order.OutboxMessage;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns the outbox's {@code OrderPlaced} messages into kitchen tickets, at least once and in
 * order per outlet. For each order it reserves stock, then, in one transaction, stores the
 * ticket and marks the message dispatched. A ticket whose stock could not be reserved (sold
 * out, or the inventory service unreachable) is stored HELD and its order flagged
 * NEEDS_ATTENTION, so staff decide; nothing is dropped. A message that fails is retried with
 * backoff while later messages of the same outlet wait; after the last attempt its order goes
 * to staff. Runs on the {@link KitchenWorker} thread only.
 */
class TicketRelay {

    private static final Logger log = LoggerFactory.getLogger(TicketRelay.class);
    private static final int MAX_ROUNDS = 100;

    private final Outbox outbox;
    private final TicketFactory factory;
    private final Tickets tickets;
    private final StockKeeper stock;
    private final FindOrder findOrder;
    private final AdvanceOrder advanceOrder;
    private final KitchenDesk desk;
    private final TransactionTemplate transaction;
    private final KitchenProperties.Relay settings;
    private final RetrySchedule retries;

    TicketRelay(Outbox outbox, TicketFactory factory, Tickets tickets, StockKeeper stock, FindOrder findOrder,
                AdvanceOrder advanceOrder, KitchenDesk desk, PlatformTransactionManager transactions,
                KitchenProperties properties) {
        this.outbox = outbox;
        this.factory = factory;
        this.tickets = tickets;
        this.stock = stock;
        this.findOrder = findOrder;
        this.advanceOrder = advanceOrder;
        this.desk = desk;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = properties.relay();
        this.retries = new RetrySchedule(settings.initialBackoff(), settings.maxBackoff());
    }

    /** Relays every pending message that is due; returns when none is left or the rest must wait. */
    void drain() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<OutboxMessage> pending = outbox.pending(settings.batchSize());
            Set<String> waitingOutlets = new HashSet<>();
            int relayed = 0;
            for (OutboxMessage message : pending) {
                if (waitingOutlets.contains(message.outletId())) {
                    continue;
                }
                if (retries.isDue(message.id(), Instant.now()) && relay(message)) {
                    retries.succeeded(message.id());
                    relayed++;
                } else {
                    waitingOutlets.add(message.outletId());
                }
            }
            if (relayed == 0 || pending.size() < settings.batchSize()) {
                return;
            }
        }
    }

    /** True when the message is done with (relayed or handed to staff). */
    private boolean relay(OutboxMessage message) {
        try {
            if (!Outbox.ORDER_PLACED.equals(message.type())) {
                outbox.markDispatched(message.id());
                return true;
            }
            PlacedOrder placed = factory.read(message);
            OrderStatus status = findOrder.statusOf(placed.orderId())
                    .orElseThrow(() -> new IllegalStateException("Order " + placed.orderId() + " is not stored"));
            if (status.isFinal() || tickets.existsForOrder(placed.orderId().toString())) {
                transaction.executeWithoutResult(tx -> outbox.markDispatched(message.id()));
                return true;
            }
            Optional<String> holdReason = reserve(placed);
            transaction.executeWithoutResult(tx -> store(message, placed, status, holdReason));
            if (holdReason.isEmpty()) {
                desk.ticketsAvailable(placed.outletId().value());
            } else {
                log.warn("Order {} ({}) held for staff: {}", placed.ticket().getOrderNumber(), placed.orderId(),
                        holdReason.get());
            }
            return true;
        } catch (RuntimeException failed) {
            failed(message, failed);
            return false;
        }
    }

    private Optional<String> reserve(PlacedOrder placed) {
        try {
            Reservation reservation = stock.reserve(placed.orderId(), placed.outletId(), placed.quantities());
            if (reservation instanceof Reservation.Short shortOf) {
                return Optional.of("Sold out: " + shortOf.describe());
            }
            return Optional.empty();
        } catch (InventoryUnavailable unreachable) {
            return Optional.of("Stock could not be reserved: " + unreachable.getMessage());
        }
    }

    private void store(OutboxMessage message, PlacedOrder placed, OrderStatus status, Optional<String> holdReason) {
        Instant now = Instant.now();
        if (holdReason.isEmpty()) {
            tickets.insert(placed.ticket(), message.id(), tickets.nextSequence(), TicketState.OPEN, placed.stations(),
                    status.name(), null, StockState.RESERVED, now);
        } else {
            tickets.insert(placed.ticket(), message.id(), null, TicketState.HELD, placed.stations(),
                    OrderStatus.NEEDS_ATTENTION.name(), holdReason.get(), StockState.NONE, now);
            advanceOrder.to(placed.orderId(), OrderStatus.NEEDS_ATTENTION, holdReason.get());
        }
        outbox.markDispatched(message.id());
    }

    private void failed(OutboxMessage message, RuntimeException failure) {
        int attempts = message.attempts() + 1;
        String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (attempts >= settings.maxAttempts() && giveUp(message, error)) {
            return;
        }
        log.warn("Outbox message {} (order {}) failed, attempt {}: {}", message.id(), message.orderId(), attempts, error);
        outbox.recordFailure(message.id(), error);
        retries.failed(message.id(), attempts, Instant.now());
    }

    /** Hands the order to staff and stops retrying; false when even that fails (it is retried then). */
    private boolean giveUp(OutboxMessage message, String error) {
        String reason = "Could not be sent to the kitchen: " + error;
        try {
            transaction.executeWithoutResult(tx -> {
                OrderId orderId = OrderId.of(message.orderId());
                findOrder.statusOf(orderId).filter(status -> !status.isFinal())
                        .ifPresent(status -> advanceOrder.to(orderId, OrderStatus.NEEDS_ATTENTION, reason));
                outbox.recordFailure(message.id(), error);
                outbox.markDispatched(message.id());
            });
            log.error("Outbox message {} (order {}) gave up after {} attempts; order flagged for staff: {}",
                    message.id(), message.orderId(), settings.maxAttempts(), error);
            return true;
        } catch (RuntimeException alsoFailed) {
            log.error("Outbox message {} could not be handed to staff either", message.id(), alsoFailed);
            return false;
        }
    }
}
