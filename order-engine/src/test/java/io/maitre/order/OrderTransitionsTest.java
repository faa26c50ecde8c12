package io.maitre.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.menu.TestMenus;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrderJpaTest
class OrderTransitionsTest {

    @Autowired
    OrderTransitions transitions;
    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    AdvanceOrder advanceOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void clean() {
        OrderJpaTestConfiguration.clean(dataSource);
    }

    @Test
    void aMoveThatLosesARaceIsRetriedOnTheFreshState() {
        OrderId id = placeOrder.place(TestOrders.pickup(TestMenus.pizzeria("test"))).id();
        AtomicInteger attempts = new AtomicInteger();

        OrderDetails result = transitions.apply(id, (order, now) -> {
            if (attempts.incrementAndGet() == 1) {
                assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
                CompletableFuture.runAsync(() -> advanceOrder.to(id, OrderStatus.SENT_TO_KITCHEN)).join();
            }
            order.accept(now);
        });

        assertThat(attempts).hasValue(2);
        assertThat(result.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(findOrder.byId(id)).map(OrderDetails::status).contains(OrderStatus.ACCEPTED);
    }
}
