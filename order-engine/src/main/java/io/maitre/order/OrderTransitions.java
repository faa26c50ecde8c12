package io.maitre.order;

import java.util.function.Consumer;
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

    OrderTransitions(Orders orders, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** @throws OptimisticLockingFailureException when the order kept changing under every attempt */
    OrderDetails apply(OrderId id, Consumer<Order> move) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> {
                    Order order = orders.require(id);
                    move.accept(order);
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
