package io.maitre.order;

import static io.maitre.menu.TestMenus.usd;
import static io.maitre.order.OrderStatus.ACCEPTED;
import static io.maitre.order.OrderStatus.CANCELLED;
import static io.maitre.order.OrderStatus.COMPLETED;
import static io.maitre.order.OrderStatus.IN_PROGRESS;
import static io.maitre.order.OrderStatus.NEEDS_ATTENTION;
import static io.maitre.order.OrderStatus.PLACED;
import static io.maitre.order.OrderStatus.READY;
import static io.maitre.order.OrderStatus.SENT_TO_KITCHEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.maitre.cart.CartPricing;
import io.maitre.cart.PricedCart;
import io.maitre.cart.PricedLine;
import io.maitre.cart.Qualifier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrderTest {

    /** Every move: its name, the method, and where it may start and where it goes. */
    private record Move(String name, Consumer<Order> apply, Map<OrderStatus, OrderStatus> allowed) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Map<OrderStatus, OrderStatus> from(Set<OrderStatus> sources, OrderStatus to) {
        Map<OrderStatus, OrderStatus> allowed = new EnumMap<>(OrderStatus.class);
        sources.forEach(source -> allowed.put(source, to));
        return allowed;
    }

    /** When the moves below happen: given by the caller (the application's clock), never read here. */
    private static final Instant MOVED_AT = Instant.parse("2025-03-14T16:05:00.123456789Z");

    private static final List<Move> MOVES = List.of(
            new Move("markSentToKitchen", order -> order.markSentToKitchen(MOVED_AT), from(EnumSet.of(PLACED, NEEDS_ATTENTION), SENT_TO_KITCHEN)),
            new Move("accept", order -> order.accept(MOVED_AT), from(EnumSet.of(PLACED, SENT_TO_KITCHEN), ACCEPTED)),
            new Move("startPreparing", order -> order.startPreparing(MOVED_AT), from(EnumSet.of(PLACED, SENT_TO_KITCHEN, ACCEPTED), IN_PROGRESS)),
            new Move("markReady", order -> order.markReady(MOVED_AT), from(EnumSet.of(IN_PROGRESS), READY)),
            new Move("complete", order -> order.complete(MOVED_AT), from(EnumSet.of(READY), COMPLETED)),
            new Move("cancel", order -> order.cancel("customer changed their mind", MOVED_AT),
                    from(EnumSet.of(PLACED, SENT_TO_KITCHEN, ACCEPTED, NEEDS_ATTENTION), CANCELLED)),
            new Move("flagNeedsAttention", order -> order.flagNeedsAttention("no terminal answers", MOVED_AT),
                    from(EnumSet.of(PLACED, SENT_TO_KITCHEN, ACCEPTED, IN_PROGRESS, READY), NEEDS_ATTENTION)),
            new Move("recall", order -> order.recall(MOVED_AT), Map.of(READY, IN_PROGRESS, IN_PROGRESS, ACCEPTED)));

    static Stream<Arguments> allowedMoves() {
        return MOVES.stream().flatMap(move -> move.allowed().entrySet().stream()
                .map(entry -> Arguments.of(move, entry.getKey(), entry.getValue())));
    }

    static Stream<Arguments> forbiddenMoves() {
        return MOVES.stream().flatMap(move -> Arrays.stream(OrderStatus.values())
                .filter(status -> !move.allowed().containsKey(status))
                .map(status -> Arguments.of(move, status)));
    }

    @ParameterizedTest(name = "{0} from {1} goes to {2}")
    @MethodSource("allowedMoves")
    void allowedMovesChangeTheStatusAndRecordAnEvent(Move move, OrderStatus from, OrderStatus to) {
        Order order = TestOrders.in(from);

        move.apply().accept(order);

        assertThat(order.status()).isEqualTo(to);
        List<Object> events = order.drainEvents();
        assertThat(events).singleElement().isInstanceOfSatisfying(OrderStatusChanged.class, event -> {
            assertThat(event.orderId()).isEqualTo(order.id());
            assertThat(event.from()).isEqualTo(from);
            assertThat(event.to()).isEqualTo(to);
            assertThat(event.number()).isEqualTo("042");
            assertThat(event.outletId().value()).isEqualTo("test");
            assertThat(event.channel()).isEqualTo("web");
            assertThat(event.conversationKey()).isEqualTo("web:session-1");
            assertThat(event.at()).as("the move's time, to the microsecond as stored")
                    .isEqualTo(Instant.parse("2025-03-14T16:05:00.123456Z"));
        });
        assertThat(order.details().status()).isEqualTo(to);
    }

    @ParameterizedTest(name = "{0} from {1} is refused")
    @MethodSource("forbiddenMoves")
    void forbiddenMovesThrowAndChangeNothing(Move move, OrderStatus from) {
        Order order = TestOrders.in(from);

        assertThatThrownBy(() -> move.apply().accept(order))
                .isInstanceOfSatisfying(IllegalOrderTransition.class, e -> {
                    assertThat(e.orderId()).isEqualTo(order.id());
                    assertThat(e.from()).isEqualTo(from);
                });
        assertThat(order.status()).isEqualTo(from);
        assertThat(order.drainEvents()).isEmpty();
    }

    @Test
    void cancellingIsRefusedOncePreparationStarted() {
        Order order = TestOrders.in(IN_PROGRESS);

        assertThatThrownBy(() -> order.cancel("too late", MOVED_AT))
                .isInstanceOf(IllegalOrderTransition.class)
                .hasMessageContaining("IN_PROGRESS").hasMessageContaining("CANCELLED");
    }

    @Test
    void keepsTheReasonOfCancellingAndFlagging() {
        Order cancelled = TestOrders.in(ACCEPTED);
        cancelled.cancel("customer changed their mind", MOVED_AT);
        Order flagged = TestOrders.in(PLACED);
        flagged.flagNeedsAttention("out of dough", MOVED_AT);

        assertThat(cancelled.statusReason()).isEqualTo("customer changed their mind");
        assertThat(flagged.statusReason()).isEqualTo("out of dough");
        assertThat(flagged.drainEvents()).last().isInstanceOfSatisfying(OrderStatusChanged.class,
                event -> assertThat(event.reason()).isEqualTo("out of dough"));
    }

    @Test
    void placingRecordsOrderPlacedAndFreezesThePricedCart() {
        Order order = TestOrders.placed();

        assertThat(order.drainEvents()).singleElement().isInstanceOfSatisfying(OrderPlaced.class, event -> {
            assertThat(event.orderId()).isEqualTo(order.id());
            assertThat(event.number()).isEqualTo("042");
            assertThat(event.placedAt()).isEqualTo(Instant.parse("2025-03-14T16:00:00Z"));
        });
        OrderDetails details = order.details();
        assertThat(details.status()).isEqualTo(PLACED);
        assertThat(details.lines()).extracting(PricedLine::name).containsExactly("Pizza", "Coke");
        PricedLine pizza = details.lines().get(0);
        assertThat(pizza.line().quantity()).isEqualTo(2);
        assertThat(pizza.line().note()).isEqualTo("well done");
        assertThat(pizza.options()).extracting(option -> option.choice().qualifier())
                .containsExactly(null, Qualifier.EXTRA, Qualifier.NONE);
        assertThat(pizza.unitPrice()).isEqualTo(usd("17.00"));
        assertThat(details.subtotal()).isEqualTo(usd("36.50"));
        assertThat(details.tax()).isEqualTo(usd("3.24"));
        assertThat(details.total()).isEqualTo(usd("39.74"));
        assertThat(details.fulfillment()).isEqualTo(Fulfillment.pickupAsap());
    }

    @Test
    void numbersWrapAfter999() {
        PlaceOrderCommand command = TestOrders.pickup(TestOrders.MENU);
        PricedCart priced = CartPricing.price(command.cart(), TestOrders.MENU);

        assertThat(number(1, command, priced)).isEqualTo("001");
        assertThat(number(999, command, priced)).isEqualTo("999");
        assertThat(number(1000, command, priced)).isEqualTo("001");
        assertThat(number(1042, command, priced)).isEqualTo("043");
    }

    private static String number(int sequence, PlaceOrderCommand command, PricedCart priced) {
        return Order.place(OrderId.random(), sequence, LocalDate.of(2025, 1, 1), TestOrders.MENU.zone(),
                command, priced, Instant.now()).details().number();
    }
}
