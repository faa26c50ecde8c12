package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.maitre.kitchen.grpc.KitchenServer;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.PlaceOrder;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With no terminal connected a ticket waits, visibly, and after a while its order goes to staff. */
@SpringBootTest(classes = KitchenTestApplication.class, properties = "maitre.kitchen.unclaimed-after=1s")
class UnclaimedTicketIT {

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    KitchenDesk desk;
    @Autowired
    KitchenServer server;

    @Test
    void aTicketNoTerminalTakesWaitsThenEscalatesAndIsDeliveredWhenATerminalComes() throws Exception {
        OrderId order = KitchenOrders.place(placeOrder);

        await().atMost(Duration.ofSeconds(5)).until(() -> desk.waiting(KitchenOrders.DEMO.outletId()).stream()
                .anyMatch(w -> w.orderId().equals(order.toString()) && w.state() == TicketState.OPEN));
        assertThat(details(order).status()).isEqualTo(OrderStatus.PLACED);
        assertThat(desk.connectedTerminals(KitchenOrders.DEMO.outletId())).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.NEEDS_ATTENTION);

        try (RecordingTerminal late = RecordingTerminal.connect(server.port(), "all", "late-all")) {
            late.ticketOf(order);
            await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.SENT_TO_KITCHEN);
            assertThat(desk.waiting(KitchenOrders.DEMO.outletId())).noneMatch(w -> w.orderId().equals(order.toString()));
        }
    }

    private OrderDetails details(OrderId order) {
        return findOrder.byId(order).orElseThrow();
    }
}
