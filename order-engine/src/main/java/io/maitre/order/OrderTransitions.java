package io.maitre.order;

import java.util.function.Consumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads an order, applies one guarded move, saves it and publishes the resulting events, in one transaction. */
@Component
class OrderTransitions {

    private final Orders orders;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    OrderTransitions(Orders orders, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.orders = orders;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    OrderDetails apply(OrderId id, Consumer<Order> move) {
        return transaction.execute(status -> {
            Order order = orders.require(id);
            move.accept(order);
            order.drainEvents().forEach(events::publishEvent);
            return order.details();
        });
    }
}
