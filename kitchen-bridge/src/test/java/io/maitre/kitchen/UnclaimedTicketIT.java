package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.maitre.kitchen.grpc.KitchenServer;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.OrderStatusChanged;
import io.maitre.order.PlaceOrder;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * With no terminal connected a ticket waits, visibly, and after a while its order goes to staff: the order's
 * status change says why, for whoever hands its conversation to staff.
 */
@SpringBootTest(classes = {KitchenTestApplication.class, UnclaimedTicketIT.Changes.class},
        properties = "maitre.kitchen.unclaimed-after=1s")
class UnclaimedTicketIT {

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    KitchenDesk desk;
    @Autowired
    KitchenServer server;
    @Autowired
    Changes changes;

    @Test
    void aTicketNoTerminalTakesWaitsThenEscalatesAndIsDeliveredWhenATerminalComes() throws Exception {
        OrderId order = KitchenOrders.place(placeOrder);

        await().atMost(Duration.ofSeconds(5)).until(() -> desk.waiting(KitchenOrders.DEMO.outletId()).stream()
                .anyMatch(w -> w.orderId().equals(order.toString()) && w.state() == TicketState.OPEN));
        assertThat(details(order).status()).isEqualTo(OrderStatus.PLACED);
        assertThat(desk.connectedTerminals(KitchenOrders.DEMO.outletId())).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.NEEDS_ATTENTION);
        await().atMost(Duration.ofSeconds(5)).until(() -> changes.of(order).contains(OrderStatus.NEEDS_ATTENTION));
        assertThat(changes.seen).filteredOn(c -> c.orderId().equals(order) && c.to() == OrderStatus.NEEDS_ATTENTION)
                .singleElement().satisfies(c -> assertThat(c.reason())
                        .isEqualTo("No kitchen terminal took the ticket within 1 s"));

        try (RecordingTerminal late = RecordingTerminal.connect(server.port(), "all", "late-all")) {
            late.ticketOf(order);
            await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.SENT_TO_KITCHEN);
            assertThat(desk.waiting(KitchenOrders.DEMO.outletId())).noneMatch(w -> w.orderId().equals(order.toString()));
        }
    }

    private OrderDetails details(OrderId order) {
        return findOrder.byId(order).orElseThrow();
    }

    /** The order status changes published after commit, as bot-core hears them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Changes {

        final List<OrderStatusChanged> seen = new CopyOnWriteArrayList<>();

        @TransactionalEventListener(fallbackExecution = true)
        void on(OrderStatusChanged change) {
            seen.add(change);
        }

        List<OrderStatus> of(OrderId order) {
            return seen.stream().filter(c -> c.orderId().equals(order)).map(OrderStatusChanged::to).toList();
        }
    }
}
