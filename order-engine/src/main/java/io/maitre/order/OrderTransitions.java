package io.maitre.order;

import java.time.Clock;
import java.time.Instant;
import java.util.function.BiConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads an order, applies one guarded move, saves it and publishes the resulting events, in one
 * transaction. When another transaction changed the order meanwhile (the version check fails),
 * the move is tried again on the fresh state, where the guards decide anew.
 */
@Component
class OrderTransitions {

    private static final int ATTEMPTS = 3;

    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OrderTransitions(Orders orders, ApplicationEventPublisher events, PlatformTransactionManager transactions,
            ObjectProvider<Clock> clock) {
        this.orders = orders;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * @param move the move, given the order and the time it happens (the application's {@link Clock})
     * @throws OptimisticLockingFailureException when the order kept changing under every attempt
     */
    OrderDetails apply(OrderId id, BiConsumer<Order, Instant> move) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    Order order = orders.require(id);
                    move.accept(order, clock.instant());
                    order.drainEvents().forEach(events::publishEvent);
                    return order.details();
                });
            } catch (OptimisticLockingFailureException conflict) {
                if (attempt == ATTEMPTS) {
                    throw conflict;
                }
            }
        }
    }
}
