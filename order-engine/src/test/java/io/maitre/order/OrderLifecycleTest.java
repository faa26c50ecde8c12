package io.maitre.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.menu.TestMenus;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@OrderJpaTest
class OrderLifecycleTest {

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    CancelOrder cancelOrder;
    @Autowired
    AdvanceOrder advanceOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    OrderJpaTestConfiguration.CommittedEvents committed;

    private OrderDetails placed;

    @BeforeEach
    void placeAnOrder() {
        OrderJpaTestConfiguration.clean(dataSource);
        clock.set(Instant.parse("2025-03-14T16:00:00Z"));
        placed = placeOrder.place(TestOrders.pickup(TestMenus.pizzeria("test")));
        committed.events.clear();
    }

    @Test
    void followsTheKitchenThroughTheHappyPath() {
        for (OrderStatus status : List.of(OrderStatus.SENT_TO_KITCHEN, OrderStatus.ACCEPTED, OrderStatus.IN_PROGRESS,
                OrderStatus.READY, OrderStatus.COMPLETED)) {
            assertThat(advanceOrder.to(placed.id(), status).status()).isEqualTo(status);
        }

        assertThat(findOrder.byId(placed.id())).map(OrderDetails::status).contains(OrderStatus.COMPLETED);
        assertThat(findOrder.statusOf(placed.id())).contains(OrderStatus.COMPLETED);
        assertThat(committed.events).hasSize(5).allSatisfy(event -> assertThat(event).isInstanceOf(OrderStatusChanged.class));
        OrderStatusChanged first = (OrderStatusChanged) committed.events.get(0);
        assertThat(first.from()).isEqualTo(OrderStatus.PLACED);
        assertThat(first.to()).isEqualTo(OrderStatus.SENT_TO_KITCHEN);
        assertThat(first.at()).as("the time of the move, from the application's clock").isEqualTo(clock.instant());
        assertThat(first.number()).isEqualTo(placed.number());
        assertThat(first.channel()).isEqualTo("web");
        assertThat(first.conversationKey()).isEqualTo("web:session-1");
    }

    @Test
    void repeatingTheCurrentStatusChangesNothing() {
        advanceOrder.to(placed.id(), OrderStatus.SENT_TO_KITCHEN);

        assertThat(advanceOrder.to(placed.id(), OrderStatus.SENT_TO_KITCHEN).status()).isEqualTo(OrderStatus.SENT_TO_KITCHEN);
        assertThat(committed.events).hasSize(1);
    }

    @Test
    void movingBackIsARecall() {
        advanceOrder.to(placed.id(), OrderStatus.IN_PROGRESS);
        advanceOrder.to(placed.id(), OrderStatus.READY);

        assertThat(advanceOrder.to(placed.id(), OrderStatus.IN_PROGRESS).status()).isEqualTo(OrderStatus.IN_PROGRESS);
        assertThat(advanceOrder.to(placed.id(), OrderStatus.ACCEPTED).status()).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    void refusesMovesTheOrderDoesNotAllow() {
        assertThatThrownBy(() -> advanceOrder.to(placed.id(), OrderStatus.READY))
                .isInstanceOfSatisfying(IllegalOrderTransition.class, e -> {
                    assertThat(e.from()).isEqualTo(OrderStatus.PLACED);
                    assertThat(e.to()).isEqualTo(OrderStatus.READY);
                });
        advanceOrder.to(placed.id(), OrderStatus.ACCEPTED);
        assertThatThrownBy(() -> advanceOrder.to(placed.id(), OrderStatus.PLACED))
                .isInstanceOf(IllegalOrderTransition.class);

        assertThat(findOrder.byId(placed.id())).map(OrderDetails::status).contains(OrderStatus.ACCEPTED);
    }

    @Test
    void cancelsBeforePreparationButNotAfter() {
        OrderDetails other = placeOrder.place(TestOrders.pickup(TestMenus.pizzeria("test")));
        committed.events.clear();

        assertThat(cancelOrder.cancel(placed.id(), "customer changed their mind").status())
                .isEqualTo(OrderStatus.CANCELLED);
        advanceOrder.to(other.id(), OrderStatus.IN_PROGRESS);
        assertThatThrownBy(() -> cancelOrder.cancel(other.id(), "too late"))
                .isInstanceOf(IllegalOrderTransition.class);

        assertThat(findOrder.byId(other.id())).map(OrderDetails::status).contains(OrderStatus.IN_PROGRESS);
        assertThat(committed.events).extracting(event -> ((OrderStatusChanged) event).to())
                .containsExactly(OrderStatus.CANCELLED, OrderStatus.IN_PROGRESS);
    }

    @Test
    void flagsForAttentionWithAReasonAndResendsAfterwards() {
        advanceOrder.to(placed.id(), OrderStatus.NEEDS_ATTENTION, "stock reservation failed");
        assertThat(committed.events).last().isInstanceOfSatisfying(OrderStatusChanged.class, event -> {
            assertThat(event.to()).isEqualTo(OrderStatus.NEEDS_ATTENTION);
            assertThat(event.reason()).isEqualTo("stock reservation failed");
        });

        assertThat(advanceOrder.to(placed.id(), OrderStatus.SENT_TO_KITCHEN).status())
                .isEqualTo(OrderStatus.SENT_TO_KITCHEN);
    }

    @Test
    void unknownOrdersAreNotFound() {
        OrderId unknown = OrderId.random();

        assertThat(findOrder.byId(unknown)).isEmpty();
        assertThat(findOrder.statusOf(unknown)).isEmpty();
        assertThatThrownBy(() -> cancelOrder.cancel(unknown, "why not"))
                .isInstanceOfSatisfying(OrderNotFound.class, e -> assertThat(e.orderId()).isEqualTo(unknown));
        assertThatThrownBy(() -> advanceOrder.to(unknown, OrderStatus.ACCEPTED)).isInstanceOf(OrderNotFound.class);
    }
}
