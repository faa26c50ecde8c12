package io.maitre.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.Menu;
import io.maitre.menu.TestMenus;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@OrderJpaTest
class JdbcOutboxTest {

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    Outbox outbox;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void clean() {
        OrderJpaTestConfiguration.clean(dataSource);
    }

    @Test
    void returnsPendingMessagesOldestFirstUpToTheLimit() {
        Menu test = TestMenus.pizzeria("test");
        OrderDetails first = placeOrder.place(TestOrders.pickup(test));
        OrderDetails second = placeOrder.place(TestOrders.pickup(TestMenus.pizzeria("uptown")));
        OrderDetails third = placeOrder.place(TestOrders.pickup(test));

        assertThat(outbox.pending(10)).extracting(OutboxMessage::orderId)
                .containsExactly(first.id().toString(), second.id().toString(), third.id().toString());
        assertThat(outbox.pending(2)).extracting(OutboxMessage::orderId)
                .containsExactly(first.id().toString(), second.id().toString());
        assertThatThrownBy(() -> outbox.pending(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dispatchedMessagesAreNoLongerPending() {
        placeOrder.place(TestOrders.pickup(TestMenus.pizzeria("test")));
        OrderDetails second = placeOrder.place(TestOrders.pickup(TestMenus.pizzeria("test")));
        long firstId = outbox.pending(1).get(0).id();

        outbox.markDispatched(firstId);

        assertThat(outbox.pending(10)).extracting(OutboxMessage::orderId).containsExactly(second.id().toString());
    }

    @Test
    void failuresCountAttemptsAndKeepTheMessagePending() {
        placeOrder.place(TestOrders.pickup(TestMenus.pizzeria("test")));
        long id = outbox.pending(1).get(0).id();

        outbox.recordFailure(id, "terminal unreachable");
        outbox.recordFailure(id, "x".repeat(5000));

        OutboxMessage message = outbox.pending(1).get(0);
        assertThat(message.id()).isEqualTo(id);
        assertThat(message.attempts()).isEqualTo(2);
        assertThat(JdbcClient.create(dataSource).sql("SELECT last_error FROM outbox WHERE id = ?").param(id)
                .query(String.class).single()).hasSize(1000);
    }
}
