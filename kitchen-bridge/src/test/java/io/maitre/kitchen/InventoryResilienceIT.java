package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.NettyServerBuilder;
import io.maitre.inventory.reference.ReferenceInventory;
import io.maitre.kitchen.grpc.KitchenServer;
import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.ItemUnavailable;
import io.maitre.menu.OutletId;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderDetails;
import io.maitre.order.OrderId;
import io.maitre.order.OrderPlaced;
import io.maitre.order.OrderStatus;
import io.maitre.order.PlaceOrder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An external inventory service on a real socket that goes down, slows down, fails, and sells
 * out: orders are still taken, and one whose stock cannot be reserved goes to staff, never
 * silently to the kitchen or to the bin.
 */
@SpringBootTest(classes = {KitchenTestApplication.class, InventoryResilienceIT.SellOut.class}, properties = {
        "maitre.inventory.call-timeout=300ms", "maitre.inventory.max-attempts=2", "maitre.inventory.retry-backoff=50ms",
        "maitre.inventory.open-for=500ms", "maitre.inventory.watch-min-backoff=50ms",
        "maitre.inventory.watch-max-backoff=300ms"})
class InventoryResilienceIT {

    static final InventoryFaults FAULTS = new InventoryFaults();
    static final ReferenceInventory INVENTORY = ReferenceInventory.of(Map.of("demo", Map.of("coke", 100, "pizza", 100)));
    static final int PORT = freePort();
    static Server inventoryServer = serve();

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    AdvanceOrder advanceOrder;
    @Autowired
    KitchenDesk desk;
    @Autowired
    KitchenServer server;
    @Autowired
    AvailabilityProvider availability;
    @Autowired
    SellOut sellOut;

    @DynamicPropertySource
    static void inventory(DynamicPropertyRegistry registry) {
        registry.add("maitre.inventory.target", () -> "127.0.0.1:" + PORT);
    }

    @BeforeEach
    void healthyInventory() throws Exception {
        FAULTS.reset();
        sellOut.item = null;
        if (inventoryServer.isShutdown()) {
            inventoryServer = serve();
        }
        // lets a circuit breaker opened by an earlier test go half-open
        Thread.sleep(600);
    }

    @AfterAll
    static void stopInventory() {
        inventoryServer.shutdownNow();
    }

    @Test
    void aFailureThatARetryOvercomesDoesNotBotherAnyone() throws Exception {
        try (RecordingTerminal terminal = RecordingTerminal.connect(server.port(), "all", "resilience-retry")) {
            FAULTS.failNext(1);

            OrderId order = KitchenOrders.place(placeOrder);

            terminal.ticketOf(order);
            await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.SENT_TO_KITCHEN);
            assertThat(FAULTS.reserveCalls.get()).isEqualTo(2);
        }
    }

    @Test
    void anErroringInventoryHoldsTheOrderForStaffWhoCanStillSendItToTheKitchen() throws Exception {
        try (RecordingTerminal terminal = RecordingTerminal.connect(server.port(), "all", "resilience-error")) {
            FAULTS.failNext(Integer.MAX_VALUE);

            OrderId order = KitchenOrders.place(placeOrder);

            await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.NEEDS_ATTENTION);
            assertThat(details(order).status()).isEqualTo(OrderStatus.NEEDS_ATTENTION);
            assertThat(desk.waiting(new OutletId("demo"))).anySatisfy(waiting -> {
                assertThat(waiting.orderId()).isEqualTo(order.toString());
                assertThat(waiting.state()).isEqualTo(TicketState.HELD);
                assertThat(waiting.reason()).contains("Stock could not be reserved", "INTERNAL");
            });
            Thread.sleep(300);
            assertThat(terminal.shownOf(order)).isZero();

            advanceOrder.to(order, OrderStatus.SENT_TO_KITCHEN);

            terminal.ticketOf(order);
            assertThat(desk.waiting(new OutletId("demo"))).noneMatch(w -> w.orderId().equals(order.toString()));
        }
    }

    @Test
    void aSlowInventoryHoldsTheOrderInsteadOfStallingTheKitchen() {
        FAULTS.mode = InventoryFaults.Mode.SLOW;

        OrderId order = KitchenOrders.place(placeOrder);

        await().atMost(Duration.ofSeconds(10)).until(() -> details(order).status() == OrderStatus.NEEDS_ATTENTION);
        assertThat(desk.waiting(new OutletId("demo"))).anySatisfy(waiting -> {
            assertThat(waiting.orderId()).isEqualTo(order.toString());
            assertThat(waiting.reason()).contains("DEADLINE_EXCEEDED");
        });
    }

    @Test
    void whileInventoryIsDownOrdersAreTakenAndHeldAndTheWatchComesBackWithIt() throws Exception {
        inventoryServer.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);

        OrderId order = KitchenOrders.place(placeOrder);

        await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.NEEDS_ATTENTION);
        assertThat(desk.waiting(new OutletId("demo"))).anyMatch(w -> w.orderId().equals(order.toString())
                && w.reason().startsWith("Stock could not be reserved"));

        inventoryServer = serve();
        Thread.sleep(400);
        INVENTORY.setStock("demo", "coke", 0);
        await().atMost(Duration.ofSeconds(2)).until(() -> !availability.isAvailable(new OutletId("demo"), "coke"));
        INVENTORY.setStock("demo", "coke", 100);
        await().atMost(Duration.ofSeconds(1)).until(() -> availability.isAvailable(new OutletId("demo"), "coke"));
    }

    @Test
    void anItemSoldOutBetweenConfirmationAndReservationHoldsTheOrderAndIsNoLongerOffered() {
        sellOut.item = "pizza";

        OrderId order = KitchenOrders.place(placeOrder);

        await().atMost(Duration.ofSeconds(5)).until(() -> details(order).status() == OrderStatus.NEEDS_ATTENTION);
        assertThat(desk.waiting(new OutletId("demo"))).anySatisfy(waiting -> {
            assertThat(waiting.orderId()).isEqualTo(order.toString());
            assertThat(waiting.reason()).startsWith("Sold out: pizza");
        });
        await().atMost(Duration.ofSeconds(1)).until(() -> !availability.isAvailable(new OutletId("demo"), "pizza"));
        assertThat(availability.unavailableItems(new OutletId("demo"))).contains("pizza");
        assertThatThrownBy(() -> KitchenOrders.place(placeOrder)).isInstanceOf(ItemUnavailable.class);
        INVENTORY.setStock("demo", "pizza", 100);
    }

    @Test
    void aSoldOutItemIsUnavailableWithinASecond() {
        OutletId demo = new OutletId("demo");
        await().atMost(Duration.ofSeconds(2)).until(() -> availability.isAvailable(demo, "coke"));

        long start = System.nanoTime();
        INVENTORY.setStock("demo", "coke", 0);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(5)).until(() -> !availability.isAvailable(demo, "coke"));
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        INVENTORY.setStock("demo", "coke", 100);
        await().atMost(Duration.ofSeconds(1)).until(() -> availability.isAvailable(demo, "coke"));
        assertThat(tookMillis).isLessThan(1000);
    }

    private OrderDetails details(OrderId order) {
        return findOrder.byId(order).orElseThrow();
    }

    private static Server serve() {
        try {
            return NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", PORT))
                    .addService(ServerInterceptors.intercept(INVENTORY.service(), FAULTS))
                    .build()
                    .start();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }

    /** Sells the item out while the order is being placed: after the confirmation, before the reservation. */
    @TestConfiguration
    static class SellOut {

        volatile String item;

        @EventListener
        void onPlaced(OrderPlaced placed) {
            if (item != null) {
                INVENTORY.setStock("demo", item, 0);
            }
        }
    }
}
