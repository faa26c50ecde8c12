package io.maitre.order;

import io.maitre.menu.AvailabilityProvider;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.OutletId;
import io.maitre.menu.TestMenus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.event.TransactionalEventListener;

/** The order use cases over test menus, settable clock and availability, and observable event listeners. */
@TestConfiguration
@Import({PlaceOrder.class, CancelOrder.class, AdvanceOrder.class, FindOrder.class, Orders.class, OrderNumbers.class,
        OrderTransitions.class, JdbcOutbox.class})
class OrderJpaTestConfiguration {

    /** Outlets {@code test} and {@code uptown} (delivering pizzerias) and {@code corner} (pickup only). */
    @Bean
    MenuCatalog testMenus() {
        Map<String, Menu> menus = Map.of("test", TestMenus.pizzeria("test"), "uptown", TestMenus.pizzeria("uptown"),
                "corner", TestMenus.pickupOnly("corner"), "hours", TestMenus.elevenToTen("hours"));
        return new MenuCatalog() {
            @Override
            public Optional<Menu> menu(String outletId) {
                return Optional.ofNullable(menus.get(outletId));
            }

            @Override
            public List<Menu> menus() {
                return List.copyOf(menus.values());
            }
        };
    }

    @Bean
    SoldOut soldOut() {
        return new SoldOut();
    }

    @Bean
    MutableClock clock() {
        return new MutableClock();
    }

    @Bean
    CommittedEvents committedEvents() {
        return new CommittedEvents();
    }

    @Bean
    FailingListener failingListener() {
        return new FailingListener();
    }

    /** Empties every order table; tests call it first because their transactions commit. */
    static void clean(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        for (String table : List.of("order_lines", "orders", "order_number_counters", "outbox")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }

    /** Availability that tests set: items listed here are sold out at every outlet. */
    static class SoldOut implements AvailabilityProvider {

        final Set<String> items = ConcurrentHashMap.newKeySet();

        @Override
        public boolean isAvailable(OutletId outlet, String itemId) {
            return !items.contains(itemId);
        }

        @Override
        public Set<String> unavailableItems(OutletId outlet) {
            return Set.copyOf(items);
        }
    }

    /** Collects the events that listeners see after commit, as the application's listeners do. */
    static class CommittedEvents {

        final List<Object> events = new CopyOnWriteArrayList<>();

        @TransactionalEventListener
        void onPlaced(OrderPlaced event) {
            events.add(event);
        }

        @TransactionalEventListener
        void onChanged(OrderStatusChanged event) {
            events.add(event);
        }
    }

    /** Fails the placing transaction when armed, to show that nothing of the order stays behind. */
    static class FailingListener {

        volatile boolean armed;

        @EventListener
        void onPlaced(OrderPlaced event) {
            if (armed) {
                throw new IllegalStateException("listener failed inside the transaction");
            }
        }
    }
}
