package io.maitre.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.ItemSelection;
import io.maitre.cart.OptionChoice;
import io.maitre.menu.Menu;
import io.maitre.menu.TestMenus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The same migrations and use cases against a real MySQL or MariaDB server (database
 * {@code maitre_it}, created when missing). Runs only with {@code -Dmaitre.it.services=true};
 * {@code -Dmaitre.it.mysql.url} overrides the server.
 */
@OrderJpaTest
@EnabledIfSystemProperty(named = "maitre.it.services", matches = "true")
@TestPropertySource(properties = {
        "spring.datasource.url=${maitre.it.mysql.url:jdbc:mysql://127.0.0.1:3306/maitre_it?createDatabaseIfNotExist=true}",
        "spring.datasource.username=${maitre.it.mysql.username:root}",
        "spring.datasource.password=${maitre.it.mysql.password:}"})
class OrderPersistenceIT {

    private static final Menu TEST = TestMenus.pizzeria("test");

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    AdvanceOrder advanceOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    Outbox outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;

    @BeforeEach
    void clean() {
        OrderJpaTestConfiguration.clean(dataSource);
        clock.set(Instant.parse("2025-03-14T16:00:00Z"));
    }

    @Test
    void runsOnMysql() {
        String product = JdbcClient.create(dataSource).sql("SELECT VERSION()").query(String.class).single();

        assertThat(product).isNotBlank();
        assertThat(JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void placesAnOrderAndReadsItBackWithItsOutboxMessage() {
        CartEditor editor = new CartEditor(TEST);
        Cart cart = editor.add(TestOrders.cart(TEST), new ItemSelection("wings", 1,
                List.of(OptionChoice.of("size", "12_piece")), "sauce on the side, gracias señor 🍕"));
        PlaceOrderCommand delivery = TestOrders.delivery(TEST, "1 Main Street, Apt 4, New York 10013");
        PlaceOrderCommand command = new PlaceOrderCommand(delivery.outletId(), cart, delivery.fulfillment(),
                new Customer("Zoë Ñúñez", "+15550199"), "voice", "voice:CA123");

        OrderDetails placed = placeOrder.place(command);

        OrderDetails found = findOrder.byId(placed.id()).orElseThrow();
        assertThat(found).isEqualTo(placed);
        assertThat(found.number()).isEqualTo("001");
        assertThat(found.lines()).hasSize(3);
        assertThat(found.lines().get(2).line().note()).isEqualTo("sauce on the side, gracias señor 🍕");
        assertThat(found.customer().name()).isEqualTo("Zoë Ñúñez");
        assertThat(found.placedAt()).isEqualTo(Instant.parse("2025-03-14T16:00:00Z"));
        assertThat(found.fulfillment().time().toInstant()).isEqualTo(command.fulfillment().time().toInstant());

        List<OutboxMessage> pending = outbox.pending(10);
        assertThat(pending).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo(Outbox.ORDER_PLACED);
            assertThat(message.orderId()).isEqualTo(placed.id().toString());
            assertThat(message.createdAt()).isEqualTo(placed.placedAt());
            assertThat(message.payload()).contains("\"number\":\"001\"").contains("Zoë Ñúñez");
        });
        outbox.markDispatched(pending.get(0).id());
        assertThat(outbox.pending(10)).isEmpty();
    }

    @Test
    void movesThroughTheKitchenWithVersionChecks() {
        OrderDetails placed = placeOrder.place(TestOrders.pickup(TEST));

        advanceOrder.to(placed.id(), OrderStatus.SENT_TO_KITCHEN);
        advanceOrder.to(placed.id(), OrderStatus.ACCEPTED);

        assertThat(findOrder.byId(placed.id())).map(OrderDetails::status).contains(OrderStatus.ACCEPTED);
        assertThat(JdbcClient.create(dataSource).sql("SELECT version FROM orders WHERE id = ?")
                .param(placed.id().toString()).query(Long.class).single()).isEqualTo(2L);
    }

    @Test
    void concurrentPlacementsGetDistinctNumbers() throws Exception {
        int threads = 6;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<List<String>>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        numbers.add(placeOrder.place(TestOrders.pickup(TEST)).number());
                    }
                    return numbers;
                });
            }
            Set<String> numbers = new TreeSet<>();
            for (Future<List<String>> result : pool.invokeAll(tasks)) {
                numbers.addAll(result.get());
            }

            assertThat(numbers).hasSize(threads * perThread);
            assertThat(numbers).first().isEqualTo("001");
            assertThat(numbers).last().isEqualTo("%03d".formatted(threads * perThread));
        } finally {
            pool.shutdownNow();
        }
    }
}
