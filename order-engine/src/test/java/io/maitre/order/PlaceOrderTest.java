package io.maitre.order;

import static io.maitre.menu.TestMenus.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.cart.Cart;
import io.maitre.cart.CartEditor;
import io.maitre.cart.CartPricing;
import io.maitre.cart.ItemSelection;
import io.maitre.menu.ItemUnavailable;
import io.maitre.menu.Menu;
import io.maitre.menu.OutletId;
import io.maitre.menu.TestMenus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@OrderJpaTest
class PlaceOrderTest {

    private static final Menu TEST = TestMenus.pizzeria("test");
    private static final Menu UPTOWN = TestMenus.pizzeria("uptown");

    @Autowired
    PlaceOrder placeOrder;
    @Autowired
    FindOrder findOrder;
    @Autowired
    AdvanceOrder advanceOrder;
    @Autowired
    Outbox outbox;
    @Autowired
    MutableClock clock;
    @Autowired
    DataSource dataSource;
    @Autowired
    OrderJpaTestConfiguration.CommittedEvents committed;
    @Autowired
    OrderJpaTestConfiguration.FailingListener failing;
    @Autowired
    OrderJpaTestConfiguration.SoldOut soldOut;

    @BeforeEach
    void clean() {
        OrderJpaTestConfiguration.clean(dataSource);
        clock.set(Instant.parse("2025-03-14T16:00:00Z"));
        committed.events.clear();
        failing.armed = false;
        soldOut.items.clear();
    }

    @Test
    void storesTheOrderWithNamesAndPricesAsPlaced() {
        PlaceOrderCommand command = TestOrders.delivery(TEST, "1 Main Street, Apt 4, New York 10013");

        OrderDetails placed = placeOrder.place(command);

        OrderDetails found = findOrder.byId(placed.id()).orElseThrow();
        assertThat(found).isEqualTo(placed);
        assertThat(found.number()).isEqualTo("001");
        assertThat(found.status()).isEqualTo(OrderStatus.PLACED);
        assertThat(found.outletId()).isEqualTo(new OutletId("test"));
        assertThat(found.lines()).isEqualTo(CartPricing.price(command.cart(), TEST).lines());
        assertThat(found.subtotal()).isEqualTo(usd("36.50"));
        assertThat(found.deliveryFee()).as("the outlet's fee").isEqualTo(usd("3.00"));
        assertThat(found.tax()).as("8.875 % of 39.50, the fee taxed too").isEqualTo(usd("3.51"));
        assertThat(found.total()).isEqualTo(usd("43.01"));
        assertThat(found.fulfillment().mode()).isEqualTo(FulfillmentMode.DELIVERY);
        assertThat(found.fulfillment().time().toInstant()).isEqualTo(command.fulfillment().time().toInstant());
        assertThat(found.fulfillment().address()).isEqualTo("1 Main Street, Apt 4, New York 10013");
        assertThat(found.customer()).isEqualTo(new Customer("Grace", "+15550199"));
        assertThat(found.channel()).isEqualTo("sms");
        assertThat(found.conversationKey()).isEqualTo("sms:+15550199");
        assertThat(found.placedAt()).isEqualTo(Instant.parse("2025-03-14T16:00:00Z"));
        assertThat(findOrder.latestOfConversation("sms:+15550199")).contains(found);
        assertThat(findOrder.latestOfPhone(new OutletId("test"), "+15550199")).contains(found);
        assertThat(findOrder.latestOfPhone(new OutletId("uptown"), "+15550199")).isEmpty();
    }

    @Test
    void aNumbersOrdersAreFoundAtOneOutletOnlyNewestFirstAndOpenOnesApart() {
        OrderDetails first = placeOrder.place(pickupFor(TEST, "+15550111"));
        clock.set(Instant.parse("2025-03-14T16:10:00Z"));
        OrderDetails second = placeOrder.place(pickupFor(TEST, "+15550111"));
        clock.set(Instant.parse("2025-03-14T16:20:00Z"));
        OrderDetails third = placeOrder.place(pickupFor(TEST, "+15550111"));
        placeOrder.place(pickupFor(UPTOWN, "+15550111"));
        placeOrder.place(pickupFor(TEST, "+15550222"));
        advanceOrder.to(third.id(), OrderStatus.CANCELLED, "changed their mind");
        advanceOrder.to(second.id(), OrderStatus.IN_PROGRESS);

        assertThat(findOrder.recentOfPhone(TEST.outletId(), "+15550111", 10)).extracting(OrderDetails::id)
                .containsExactly(third.id(), second.id(), first.id());
        assertThat(findOrder.recentOfPhone(TEST.outletId(), "+15550111", 2)).hasSize(2);
        assertThat(findOrder.latestOpenOfPhone(TEST.outletId(), "+15550111")).map(OrderDetails::id)
                .as("the cancelled one is not open").contains(second.id());
        assertThat(findOrder.recentOfPhone(TEST.outletId(), "+15550333", 10)).isEmpty();
        assertThat(findOrder.latestOpenOfPhone(new OutletId("elsewhere"), "+15550111")).isEmpty();

        advanceOrder.to(second.id(), OrderStatus.READY);
        advanceOrder.to(second.id(), OrderStatus.COMPLETED);
        assertThat(findOrder.latestOpenOfPhone(TEST.outletId(), "+15550111")).map(OrderDetails::id)
                .contains(first.id());
    }

    @Test
    void writesAnOutboxMessageWithEverythingTheKitchenTicketNeeds() {
        OrderDetails placed = placeOrder.place(TestOrders.pickup(TEST));

        OutboxMessage message = outbox.pending(10).get(0);
        assertThat(outbox.pending(10)).hasSize(1);
        assertThat(message.type()).isEqualTo(Outbox.ORDER_PLACED);
        assertThat(message.orderId()).isEqualTo(placed.id().toString());
        assertThat(message.outletId()).isEqualTo("test");
        assertThat(message.attempts()).isZero();
        assertThat(message.createdAt()).isEqualTo(placed.placedAt());
        JsonNode payload = JsonMapper.builder().build().readTree(message.payload());
        assertThat(payload.get("orderId").asString()).isEqualTo(placed.id().toString());
        assertThat(payload.get("number").asString()).isEqualTo("001");
        assertThat(payload.get("outletName").asString()).isEqualTo("Test Pizzeria test");
        assertThat(payload.get("fulfillment").get("mode").asString()).isEqualTo("pickup");
        assertThat(payload.get("customer").get("name").asString()).isEqualTo("Ada");
        assertThat(payload.get("total").asString()).isEqualTo("39.74");
        assertThat(payload.get("deliveryFee").asString()).as("pickup").isEqualTo("0.00");
        JsonNode pizza = payload.get("lines").get(0);
        assertThat(pizza.get("name").asString()).isEqualTo("Pizza");
        assertThat(pizza.get("quantity").asInt()).isEqualTo(2);
        assertThat(pizza.get("note").asString()).isEqualTo("well done");
        assertThat(pizza.get("options").get(1).get("name").asString()).isEqualTo("Olives");
        assertThat(pizza.get("options").get(1).get("qualifier").asString()).isEqualTo("extra");
    }

    @Test
    void publishesOrderPlacedAfterCommit() {
        OrderDetails placed = placeOrder.place(TestOrders.pickup(TEST));

        assertThat(committed.events).containsExactly(
                new OrderPlaced(placed.id(), placed.outletId(), "001", placed.placedAt()));
    }

    @Test
    void aFailedPlacementLeavesNeitherOrderNorOutboxMessage() {
        placeOrder.place(TestOrders.pickup(TEST));
        failing.armed = true;

        assertThatThrownBy(() -> placeOrder.place(TestOrders.pickup(TEST)))
                .hasMessageContaining("listener failed inside the transaction");

        assertThat(count("orders")).isEqualTo(1);
        assertThat(count("order_lines")).isEqualTo(2);
        assertThat(count("outbox")).isEqualTo(1);
        assertThat(committed.events).hasSize(1);
        failing.armed = false;
        assertThat(placeOrder.place(TestOrders.pickup(TEST)).number()).isEqualTo("002");
    }

    @Test
    void numbersCountPerOutletAndPerBusinessDayInTheOutletsZone() {
        clock.set(Instant.parse("2025-03-14T15:00:00Z"));
        assertThat(placeOrder.place(TestOrders.pickup(TEST)).number()).isEqualTo("001");
        assertThat(placeOrder.place(TestOrders.pickup(TEST)).number()).isEqualTo("002");
        assertThat(placeOrder.place(TestOrders.pickup(UPTOWN)).number()).isEqualTo("001");

        clock.set(Instant.parse("2025-03-15T03:59:59Z"));
        assertThat(placeOrder.place(TestOrders.pickup(TEST)).number()).as("23:59 in New York").isEqualTo("003");

        clock.set(Instant.parse("2025-03-15T04:00:00Z"));
        assertThat(placeOrder.place(TestOrders.pickup(TEST)).number()).as("midnight in New York").isEqualTo("001");
        assertThat(placeOrder.place(TestOrders.pickup(UPTOWN)).number()).isEqualTo("001");
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

            assertThat(numbers).hasSize(threads * perThread).first().isEqualTo("001");
            assertThat(numbers).last().isEqualTo("%03d".formatted(threads * perThread));
            assertThat(outbox.pending(100)).hasSize(threads * perThread);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsAnEmptyCart() {
        PlaceOrderCommand empty = new PlaceOrderCommand(TEST.outletId(), Cart.empty(), Fulfillment.pickupAsap(),
                new Customer("Ada", null), "web", "web:1");

        assertThatThrownBy(() -> placeOrder.place(empty)).isInstanceOf(EmptyCart.class);
        assertThat(count("orders")).isZero();
    }

    @Test
    void rejectsAnUnknownOutlet() {
        PlaceOrderCommand command = TestOrders.pickup(TEST);
        PlaceOrderCommand elsewhere = new PlaceOrderCommand(new OutletId("atlantis"), command.cart(),
                command.fulfillment(), command.customer(), command.channel(), command.conversationKey());

        assertThatThrownBy(() -> placeOrder.place(elsewhere))
                .isInstanceOfSatisfying(OutletNotFound.class,
                        e -> assertThat(e.outletId()).isEqualTo(new OutletId("atlantis")));
    }

    @Test
    void rejectsADeliveryWithoutAddressOrFromAnOutletThatDoesNotDeliver() {
        assertThatThrownBy(() -> placeOrder.place(TestOrders.delivery(TEST, "  "))).isInstanceOf(AddressRequired.class);
        assertThatThrownBy(() -> placeOrder.place(TestOrders.delivery(TestMenus.pickupOnly("corner"), "1 Main St")))
                .isInstanceOf(DeliveryNotOffered.class);
        assertThat(count("orders")).isZero();
        assertThat(count("outbox")).isZero();
    }

    @Test
    void rejectsSoldOutItems() {
        soldOut.items.add("coke");

        assertThatThrownBy(() -> placeOrder.place(TestOrders.pickup(TEST)))
                .isInstanceOfSatisfying(ItemUnavailable.class, e -> {
                    assertThat(e.itemId()).isEqualTo("coke");
                    assertThat(e.outletId()).isEqualTo(TEST.outletId());
                });
        assertThat(count("orders")).isZero();
    }

    @Test
    void asSoonAsPossibleNeedsTheOutletOpenLongEnough() {
        Menu hours = TestMenus.elevenToTen("hours");
        clock.set(Instant.parse("2025-03-14T16:00:00Z"));
        assertThat(placeOrder.place(TestOrders.pickup(hours)).number()).as("noon in New York").isEqualTo("001");

        clock.set(Instant.parse("2025-03-15T03:00:00Z"));
        assertThatThrownBy(() -> placeOrder.place(TestOrders.pickup(hours)))
                .as("11 pm in New York").isInstanceOfSatisfying(OutletClosed.class, e -> assertThat(e.earliest())
                        .contains(ZonedDateTime.of(2025, 3, 15, 11, 15, 0, 0, ZoneId.of("America/New_York"))));
        clock.set(Instant.parse("2025-03-15T01:50:00Z"));
        assertThatThrownBy(() -> placeOrder.place(TestOrders.pickup(hours)))
                .as("9:50 pm: 3 items need 15 minutes, it closes at 10").isInstanceOf(OutletClosed.class);
        assertThat(count("orders")).isOne();
    }

    @Test
    void aScheduledTimeMustBeInsideTheHoursAndBeyondTheLeadTime() {
        Menu hours = TestMenus.elevenToTen("hours");
        clock.set(Instant.parse("2025-03-14T16:00:00Z"));

        assertThatThrownBy(() -> placeOrder.place(pickupAt(hours, "2025-03-14T23:30:00-04:00")))
                .isInstanceOfSatisfying(OutsideOpeningHours.class, e -> assertThat(e.alternatives())
                        .extracting(time -> time.toLocalDateTime().toString())
                        .containsExactly("2025-03-14T22:00", "2025-03-15T11:15"));
        assertThatThrownBy(() -> placeOrder.place(pickupAt(hours, "2025-03-14T12:05:00-04:00")))
                .isInstanceOfSatisfying(TimeTooSoon.class, e -> assertThat(e.alternatives())
                        .extracting(time -> time.toLocalDateTime().toString()).containsExactly("2025-03-14T12:15"));
        assertThatThrownBy(() -> placeOrder.place(pickupAt(hours, "2025-12-25T19:00:00-05:00")))
                .isInstanceOf(ClosedOnDate.class);
        assertThat(count("orders")).isZero();

        OrderDetails placed = placeOrder.place(pickupAt(hours, "2025-03-14T19:00:00-04:00"));
        assertThat(placed.fulfillment().time().toLocalTime()).hasToString("19:00");
    }

    @Test
    void aDeliveryNeedsTheMinimumAndAnAddressInTheArea() {
        Menu hours = TestMenus.elevenToTen("hours");
        clock.set(Instant.parse("2025-03-14T16:00:00Z"));
        Cart justACoke = new CartEditor(hours).add(Cart.empty(), ItemSelection.of("coke"));

        assertThatThrownBy(() -> placeOrder.place(deliveryAsap(hours, justACoke, "1 Main St, New York 10013")))
                .isInstanceOfSatisfying(BelowDeliveryMinimum.class,
                        e -> assertThat(e.minimum()).isEqualTo(usd("15.00")));
        Cart cart = TestOrders.cart(hours);
        assertThatThrownBy(() -> placeOrder.place(deliveryAsap(hours, cart, "1 Court St, Brooklyn 11201")))
                .isInstanceOf(OutsideDeliveryArea.class);
        assertThatThrownBy(() -> placeOrder.place(deliveryAsap(hours, cart, "1 Main St, Apt 4")))
                .isInstanceOf(AddressNotPlaced.class);
        assertThat(count("orders")).isZero();

        OrderDetails placed = placeOrder.place(deliveryAsap(hours, cart, "1 Main St, New York, NY 10013"));
        assertThat(placed.deliveryFee()).isEqualTo(usd("3.00"));
        assertThat(placed.total()).isEqualTo(placed.subtotal().plus(placed.deliveryFee()).plus(placed.tax()));
    }

    private static PlaceOrderCommand pickupFor(Menu menu, String phone) {
        return new PlaceOrderCommand(menu.outletId(), TestOrders.cart(menu), Fulfillment.pickupAsap(),
                new Customer("Ada", phone), "sms", "sms:+15550000:" + phone);
    }

    private static PlaceOrderCommand pickupAt(Menu menu, String time) {
        return new PlaceOrderCommand(menu.outletId(), TestOrders.cart(menu),
                new Fulfillment(FulfillmentMode.PICKUP, OffsetDateTime.parse(time), null),
                new Customer("Ada", "+15550100"), "web", "web:session-1");
    }

    private static PlaceOrderCommand deliveryAsap(Menu menu, Cart cart, String address) {
        return new PlaceOrderCommand(menu.outletId(), cart, new Fulfillment(FulfillmentMode.DELIVERY, null, address),
                new Customer("Grace", "+15550199"), "sms", "sms:+15550199");
    }

    private long count(String table) {
        return JdbcClient.create(dataSource).sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
