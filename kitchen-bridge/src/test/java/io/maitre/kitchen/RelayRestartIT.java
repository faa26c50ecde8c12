package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.maitre.kitchen.v1.Ticket;
import io.maitre.order.CancelOrder;
import io.maitre.order.FindOrder;
import io.maitre.order.OrderId;
import io.maitre.order.OrderStatus;
import io.maitre.order.Outbox;
import io.maitre.order.PlaceOrder;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tickets and the outbox live in the database: a restart of the service loses and repeats nothing. */
class RelayRestartIT {

    @Test
    void theRelayResumesAfterARestartBetweenPlacingAndDispatch() throws Exception {
        String database = database();
        int port = freePort();
        List<OrderId> orders = new ArrayList<>();
        try (ConfigurableApplicationContext before = start(database, port, false)) {
            for (int i = 0; i < 3; i++) {
                orders.add(KitchenOrders.place(before.getBean(PlaceOrder.class)));
            }
            assertThat(before.getBean(Outbox.class).pending(10)).hasSize(3);
        }

        try (ConfigurableApplicationContext after = start(database, port, true);
             RecordingTerminal terminal = RecordingTerminal.connect(port, "all", "restart-all")) {
            List<Long> sequences = orders.stream().map(terminal::ticketOf).map(Ticket::getSequence).toList();

            assertThat(sequences).isSorted().doesNotHaveDuplicates();
            FindOrder findOrder = after.getBean(FindOrder.class);
            for (OrderId order : orders) {
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> findOrder.byId(order).orElseThrow().status() == OrderStatus.SENT_TO_KITCHEN);
            }
            assertThat(after.getBean(Outbox.class).pending(10)).isEmpty();
        }
    }

    @Test
    void aTerminalRidesOutARestartWithoutLosingOrRepeatingTickets() throws Exception {
        String database = database();
        int port = freePort();
        List<OrderId> orders = new ArrayList<>();
        RecordingTerminal terminal;
        try (ConfigurableApplicationContext first = start(database, port, true)) {
            terminal = RecordingTerminal.connect(port, "oven", "restart-oven");
            for (int i = 0; i < 3; i++) {
                orders.add(KitchenOrders.place(first.getBean(PlaceOrder.class)));
            }
            orders.forEach(terminal::ticketOf);
        }
        try (terminal; ConfigurableApplicationContext second = start(database, port, true)) {
            for (int i = 0; i < 3; i++) {
                orders.add(KitchenOrders.place(second.getBean(PlaceOrder.class)));
            }

            orders.forEach(terminal::ticketOf);
            Thread.sleep(300);
            assertThat(orders).allSatisfy(order -> assertThat(terminal.shownOf(order)).isEqualTo(1));
            try (RecordingTerminal fresh = RecordingTerminal.connect(port, "oven", "restart-fresh")) {
                assertThat(orders).allSatisfy(order -> assertThat(fresh.ticketOf(order)).isNotNull());
            }
        }
    }

    @Test
    void statusChangesMissedWhileDownAreCaughtUpAtStart() throws Exception {
        String database = database();
        int port = freePort();
        OrderId order;
        try (ConfigurableApplicationContext before = start(database, port, true);
             RecordingTerminal terminal = RecordingTerminal.connect(port, "all", "catch-up")) {
            order = KitchenOrders.place(before.getBean(PlaceOrder.class));
            terminal.ticketOf(order);
            before.getBean(KitchenWorker.class).stop();
            before.getBean(CancelOrder.class).cancel(order, "crashed before the kitchen heard of it");
        }
        String ticketOf = "SELECT state || ' ' || stock || ' ' || order_status FROM kitchen_tickets WHERE order_id = ?";
        try (ConfigurableApplicationContext after = start(database, port, true)) {
            JdbcClient jdbc = JdbcClient.create(after.getBean(DataSource.class));
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    jdbc.sql(ticketOf).param(order.toString()).query(String.class).single().equals("CLOSED RELEASED CANCELLED"));
        }
    }

    private static ConfigurableApplicationContext start(String database, int port, boolean relay) {
        return new SpringApplicationBuilder(KitchenTestApplication.class).run(
                "--spring.datasource.url=" + database,
                "--maitre.kitchen.grpc.port=" + port,
                "--maitre.kitchen.relay.enabled=" + relay);
    }

    private static String database() throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "it-db"));
        Path file = Files.createTempDirectory(directory, "restart").toAbsolutePath().resolve("maitre");
        return "jdbc:h2:file:" + file + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
