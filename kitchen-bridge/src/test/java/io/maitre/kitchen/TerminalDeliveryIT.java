package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.grpc.Status;
import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.ItemSelection;
import io.maitre.inventory.reference.ReferenceInventory;
import io.maitre.kitchen.grpc.KitchenServer;
import io.maitre.kitchen.v1.BumpResult;
import io.maitre.kitchen.v1.BumpStatus;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketLine;
import io.maitre.kitchen.v1.TicketUpdate;
import io.maitre.order.CancelOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.PlaceOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tickets reach kitchen terminals over real sockets: routing, acknowledgement, resume, bumps. */
@SpringBootTest(classes = KitchenTestApplication.class, properties = "maitre.kitchen.grpc.subscribe-timeout=1s")
class TerminalDeliveryIT {

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    CancelOrder cancelOrder;
    @Autowired
    KitchenServer server;
    @Autowired
    KitchenDesk desk;
    @Autowired
    ReferenceInventory inventory;
    @Autowired
    DataSource dataSource;

    @Test
    void aPlacedOrderReachesTheTerminalWhoseAcknowledgementSendsItToTheKitchen() throws Exception {
        try (RecordingTerminal expo = RecordingTerminal.connect(server.port(), "expo", "expo-1")) {
            OrderId order = KitchenOrders.place(placeOrder);

            Ticket ticket = expo.ticketOf(order);

            assertThat(ticket.getOrderNumber()).isEqualTo(status(order).number());
            assertThat(ticket.getCustomerFirstName()).isEqualTo("Ada");
            assertThat(ticket.getChannel()).isEqualTo("web");
            assertThat(ticket.getLinesList()).extracting(TicketLine::getItemId).containsExactly("pizza", "coke");
            assertThat(ticket.getLines(0).getNote()).isEqualTo("well done");
            assertThat(ticket.getSequence()).isPositive();
            await().atMost(Duration.ofSeconds(5)).until(() -> status(order).status() == OrderStatus.SENT_TO_KITCHEN);
            assertThat(desk.waiting(KitchenOrders.DEMO.outletId())).noneMatch(w -> w.orderId().equals(order.toString()));
        }
    }

    @Test
    void eachStationSeesOnlyItsLines() throws Exception {
        try (RecordingTerminal oven = RecordingTerminal.connect(server.port(), "oven", "oven-routing");
             RecordingTerminal drinks = RecordingTerminal.connect(server.port(), "drinks", "drinks-routing");
             RecordingTerminal prep = RecordingTerminal.connect(server.port(), "prep", "prep-routing")) {
            OrderId order = KitchenOrders.place(placeOrder);

            assertThat(oven.ticketOf(order).getLinesList()).extracting(TicketLine::getItemId).containsExactly("pizza");
            assertThat(drinks.ticketOf(order).getLinesList()).extracting(TicketLine::getItemId).containsExactly("coke");
            assertThat(oven.ticketOf(order).getStation()).isEqualTo("oven");
            Thread.sleep(300);
            assertThat(prep.shownOf(order)).isZero();
        }
    }

    @Test
    void twoTerminalsOnOneStationBothGetEachTicket() throws Exception {
        try (RecordingTerminal left = RecordingTerminal.connect(server.port(), "oven", "oven-left");
             RecordingTerminal right = RecordingTerminal.connect(server.port(), "oven", "oven-right")) {
            List<OrderId> orders = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                orders.add(KitchenOrders.place(placeOrder));
            }

            for (OrderId order : orders) {
                assertThat(left.ticketOf(order).getTicketId()).isEqualTo(right.ticketOf(order).getTicketId());
            }
            assertThat(sequences(left, orders)).isSorted().doesNotHaveDuplicates().isEqualTo(sequences(right, orders));
        }
    }

    @Test
    void aTerminalThatDropsMidStreamLosesNoTicketAndShowsNoneTwice() throws Exception {
        try (RecordingTerminal terminal = RecordingTerminal.connect(server.port(), "all", "all-flaky")) {
            List<OrderId> orders = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                orders.add(KitchenOrders.place(placeOrder));
                if (i % 8 == 3) {
                    terminal.client.reconnect();
                }
            }

            await().atMost(Duration.ofSeconds(20)).until(() -> orders.stream().allMatch(o -> terminal.shownOf(o) > 0));
            Thread.sleep(500);
            for (OrderId order : orders) {
                assertThat(terminal.shownOf(order)).as("times ticket of %s was shown", order).isEqualTo(1);
                await().atMost(Duration.ofSeconds(5)).until(() -> status(order).status() == OrderStatus.SENT_TO_KITCHEN);
            }
            assertThat(sequences(terminal, orders)).isSorted();
        }
    }

    @Test
    void unacknowledgedTicketsAreSentAgainAfterTheLastAcknowledgement() throws Exception {
        List<OrderId> orders = new ArrayList<>();
        long firstSequence;
        try (RawTerminalStream first = new RawTerminalStream(server.port())) {
            first.subscribe("demo", "drinks", "raw-drinks", 0);
            for (int i = 0; i < 3; i++) {
                orders.add(KitchenOrders.place(placeOrder));
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> ticketsOf(first, orders).size() == 3);
            Ticket acked = ticketsOf(first, orders).get(0);
            first.ack(acked.getTicketId());
            firstSequence = acked.getSequence();
            await().atMost(Duration.ofSeconds(5)).until(() -> status(orders.get(0)).status() == OrderStatus.SENT_TO_KITCHEN);
        }
        try (RawTerminalStream again = new RawTerminalStream(server.port())) {
            again.subscribe("demo", "drinks", "raw-drinks", firstSequence);

            await().atMost(Duration.ofSeconds(5)).until(() -> ticketsOf(again, orders).size() == 2);
            Thread.sleep(300);
            assertThat(ticketsOf(again, orders)).extracting(Ticket::getOrderId)
                    .containsExactly(orders.get(1).toString(), orders.get(2).toString());
        }
    }

    @Test
    void bumpsMoveTheOrderAndEveryTerminalOfItHears() throws Exception {
        inventory.setStock("demo", "side_salad", 10);
        try (RecordingTerminal oven = RecordingTerminal.connect(server.port(), "oven", "oven-bump");
             RecordingTerminal expo = RecordingTerminal.connect(server.port(), "expo", "expo-bump")) {
            OrderId order = placeOrder.place(KitchenOrders.pickup(new CartEditor(KitchenOrders.DEMO)
                    .add(Cart.empty(), ItemSelection.of("side_salad").withQuantity(2)))).id();
            String ticketId = oven.ticketOf(order).getTicketId();
            expo.ticketOf(order);
            await().atMost(Duration.ofSeconds(5)).until(() -> inventory.stock("demo").get("side_salad") == 8);

            for (BumpStatus bump : List.of(BumpStatus.BUMP_STATUS_ACCEPTED, BumpStatus.BUMP_STATUS_IN_PROGRESS,
                    BumpStatus.BUMP_STATUS_READY, BumpStatus.BUMP_STATUS_RECALL, BumpStatus.BUMP_STATUS_READY)) {
                int before = oven.bumpResults.size();
                assertThat(oven.client.bump(ticketId, bump)).isTrue();
                await().atMost(Duration.ofSeconds(5)).until(() -> oven.bumpResults.size() > before);
            }
            assertThat(oven.bumpResults).extracting(BumpResult::getOrderStatus)
                    .containsExactly("ACCEPTED", "IN_PROGRESS", "READY", "IN_PROGRESS", "READY");
            assertThat(status(order).status()).isEqualTo(OrderStatus.READY);

            oven.client.bump(ticketId, BumpStatus.BUMP_STATUS_COMPLETED);
            await().atMost(Duration.ofSeconds(5)).until(() -> expo.updates.stream()
                    .anyMatch(u -> u.getOrderId().equals(order.toString()) && u.getOrderStatus().equals("COMPLETED")));
            assertThat(expo.updates.stream().filter(u -> u.getOrderId().equals(order.toString()))
                    .map(TicketUpdate::getOrderStatus)).contains("ACCEPTED", "IN_PROGRESS", "READY");
            assertThat(status(order).status()).isEqualTo(OrderStatus.COMPLETED);
            await().atMost(Duration.ofSeconds(5)).until(() -> "COMMITTED".equals(stockOf(order)));
            assertThat(inventory.stock("demo").get("side_salad")).isEqualTo(8);
        }
    }

    @Test
    void aBumpTheOrderDoesNotAllowIsRefusedAndChangesNothing() throws Exception {
        try (RecordingTerminal oven = RecordingTerminal.connect(server.port(), "oven", "oven-refused")) {
            OrderId order = KitchenOrders.place(placeOrder);
            String ticketId = oven.ticketOf(order).getTicketId();

            oven.client.bump(ticketId, BumpStatus.BUMP_STATUS_COMPLETED);
            oven.client.bump("no-such-ticket", BumpStatus.BUMP_STATUS_READY);

            await().atMost(Duration.ofSeconds(5)).until(() -> oven.bumpResults.size() == 2);
            assertThat(oven.bumpResults).noneMatch(BumpResult::getAccepted);
            assertThat(oven.bumpResults.get(0).getError()).contains("cannot go from SENT_TO_KITCHEN to COMPLETED");
            assertThat(status(order).status()).isEqualTo(OrderStatus.SENT_TO_KITCHEN);
        }
    }

    @Test
    void cancellingAnOrderReleasesItsStockAndClosesItsTicket() throws Exception {
        inventory.setStock("demo", "garlic_bread", 5);
        try (RecordingTerminal oven = RecordingTerminal.connect(server.port(), "oven", "oven-cancel")) {
            OrderId order = placeOrder.place(KitchenOrders.pickup(new CartEditor(KitchenOrders.DEMO)
                    .add(Cart.empty(), ItemSelection.of("garlic_bread").withQuantity(2)))).id();
            oven.ticketOf(order);
            await().atMost(Duration.ofSeconds(5)).until(() -> inventory.stock("demo").get("garlic_bread") == 3);

            cancelOrder.cancel(order, "customer changed their mind");

            await().atMost(Duration.ofSeconds(5)).until(() -> inventory.stock("demo").get("garlic_bread") == 5);
            assertThat(stockOf(order)).isEqualTo("RELEASED");
            await().atMost(Duration.ofSeconds(5)).until(() -> oven.updates.stream()
                    .anyMatch(u -> u.getOrderId().equals(order.toString()) && u.getOrderStatus().equals("CANCELLED")));
        }
        try (RecordingTerminal late = RecordingTerminal.connect(server.port(), "oven", "oven-late")) {
            OrderId marker = KitchenOrders.place(placeOrder);
            late.ticketOf(marker);
            assertThat(late.shown).noneMatch(t -> t.getOrderStatus().equals("CANCELLED"));
        }
    }

    @Test
    void streamsThatDoNotSubscribeInTimeOrNameAnUnknownOutletAreClosed() throws Exception {
        try (RawTerminalStream silent = new RawTerminalStream(server.port());
             RawTerminalStream lost = new RawTerminalStream(server.port())) {
            lost.subscribe("atlantis", "oven", "lost-1", 0);

            await().atMost(Duration.ofSeconds(5)).until(() -> silent.closedWith != null && lost.closedWith != null);
            assertThat(silent.closedWith.getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
            assertThat(lost.closedWith.getCode()).isEqualTo(Status.Code.NOT_FOUND);
        }
    }

    private String stockOf(OrderId order) {
        return JdbcClient.create(dataSource).sql("SELECT stock FROM kitchen_tickets WHERE order_id = ?")
                .param(order.toString()).query(String.class).single();
    }

    private OrderDetails status(OrderId order) {
        return findOrder.byId(order).orElseThrow();
    }

    private static List<Long> sequences(RecordingTerminal terminal, List<OrderId> orders) {
        return orders.stream().map(terminal::ticketOf).map(Ticket::getSequence).toList();
    }

    private static List<Ticket> ticketsOf(RawTerminalStream stream, List<OrderId> orders) {
        List<String> ids = orders.stream().map(OrderId::toString).toList();
        return stream.tickets().stream().filter(t -> ids.contains(t.getOrderId())).toList();
    }
}
