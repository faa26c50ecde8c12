package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.maitre.inventory.reference.ReferenceInventory;
import io.maitre.kitchen.grpc.KitchenServer;
import io.maitre.kitchen.v1.BumpStatus;
import io.maitre.menu.OutletId;
import io.maitre.order.AdvanceOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.PlaceOrder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The kitchen migration and relay on a real MySQL or MariaDB server, in a database of its own
 * that is dropped afterwards. Runs only with {@code -Dmaitre.it.services=true} (the
 * {@code integration} profile); {@code -Dmaitre.it.mysql.url} names another server.
 */
@SpringBootTest(classes = KitchenTestApplication.class)
@EnabledIfSystemProperty(named = "maitre.it.services", matches = "true")
class KitchenMariaDbIT {

    private static final String SERVER = System.getProperty("maitre.it.mysql.url", "jdbc:mysql://127.0.0.1:3306/");
    private static final String USER = System.getProperty("maitre.it.mysql.username", "root");
    private static final String PASSWORD = System.getProperty("maitre.it.mysql.password", "");
    private static final String DATABASE = "maitre_kitchen_it_" + UUID.randomUUID().toString().substring(0, 8);

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
    ReferenceInventory inventory;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> SERVER + DATABASE + "?createDatabaseIfNotExist=true");
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> PASSWORD);
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(SERVER, USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
        }
    }

    @Test
    void ticketsAreRelayedAcknowledgedAndBumped() throws Exception {
        inventory.setStock("demo", "coke", 10);
        try (RecordingTerminal terminal = RecordingTerminal.connect(server.port(), "all", "mariadb-all")) {
            OrderId first = KitchenOrders.place(placeOrder);
            OrderId second = KitchenOrders.place(placeOrder);

            assertThat(terminal.ticketOf(first).getSequence()).isLessThan(terminal.ticketOf(second).getSequence());
            await().atMost(Duration.ofSeconds(5)).until(() -> status(second) == OrderStatus.SENT_TO_KITCHEN);
            terminal.client.bump(terminal.ticketOf(first).getTicketId(), BumpStatus.BUMP_STATUS_IN_PROGRESS);
            await().atMost(Duration.ofSeconds(5)).until(() -> status(first) == OrderStatus.IN_PROGRESS);
            assertThat(inventory.stock("demo").get("coke")).isEqualTo(8);
        }
    }

    @Test
    void aHeldTicketIsReleasedWhenStaffSendItsOrderToTheKitchen() throws Exception {
        inventory.setStock("demo", "pizza", 1);
        try (RecordingTerminal terminal = RecordingTerminal.connect(server.port(), "drinks", "mariadb-drinks")) {
            OrderId order = KitchenOrders.place(placeOrder);
            inventory.setStock("demo", "pizza", 1);
            OrderId held = placeOrder.place(KitchenOrders.pickup(KitchenOrders.pizzaAndCoke(2))).id();

            terminal.ticketOf(order);
            await().atMost(Duration.ofSeconds(5)).until(() -> status(held) == OrderStatus.NEEDS_ATTENTION);
            assertThat(desk.waiting(new OutletId("demo"))).anyMatch(w -> w.orderId().equals(held.toString())
                    && w.state() == TicketState.HELD);

            advanceOrder.to(held, OrderStatus.SENT_TO_KITCHEN);

            assertThat(terminal.ticketOf(held).getSequence()).isGreaterThan(terminal.ticketOf(order).getSequence());
        } finally {
            inventory.setStock("demo", "pizza", 100);
        }
    }

    private OrderStatus status(OrderId order) {
        return findOrder.byId(order).orElseThrow().status();
    }
}
