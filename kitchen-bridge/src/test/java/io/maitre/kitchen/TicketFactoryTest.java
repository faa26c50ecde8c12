package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.maitre.kitchen.v1.FulfillmentMode;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketLine;
import io.maitre.menu.yaml.YamlMenuCatalog;
import io.maitre.order.OrderId;
import io.maitre.order.Outbox;
import io.maitre.order.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketFactoryTest {

    private static final KitchenProperties DEFAULTS = properties(Map.of());
    private final TicketFactory factory = new TicketFactory(YamlMenuCatalog.fromClasspath(), DEFAULTS);

    @Test
    void routesEachLineToTheStationOfItsMenuCategory() {
        PlacedOrder placed = factory.read(TestPayloads.pizzaNight(null));

        assertThat(placed.ticket().getLinesList()).extracting(TicketLine::getItemId, TicketLine::getStation)
                .containsExactly(
                        tuple("pizza", "oven"),
                        tuple("coke", "drinks"),
                        tuple("garlic_bread", "oven"),
                        tuple("cinnamon_sticks", "prep"),
                        tuple("pizza", "oven"));
        assertThat(placed.stations()).containsExactlyInAnyOrder("oven", "drinks", "prep");
    }

    @Test
    void configuredStationsOverrideTheDefaults() {
        TicketFactory custom = new TicketFactory(YamlMenuCatalog.fromClasspath(),
                properties(Map.of("dessert", "oven", "drink", "bar")));

        PlacedOrder placed = custom.read(TestPayloads.pizzaNight(null));

        assertThat(placed.stations()).containsExactlyInAnyOrder("oven", "bar");
    }

    @Test
    void carriesWhatTheKitchenNeedsToKnow() {
        Ticket ticket = factory.read(TestPayloads.pizzaNight(null)).ticket();

        assertThat(ticket.getOrderId()).isEqualTo(TestPayloads.ORDER_ID);
        assertThat(ticket.getOrderNumber()).isEqualTo("042");
        assertThat(ticket.getOutletId()).isEqualTo("demo");
        assertThat(ticket.getChannel()).isEqualTo("sms");
        assertThat(ticket.getCustomerFirstName()).isEqualTo("Ada");
        assertThat(ticket.getFulfillment().getMode()).isEqualTo(FulfillmentMode.FULFILLMENT_MODE_PICKUP);
        TicketLine pizza = ticket.getLines(0);
        assertThat(pizza.getQuantity()).isEqualTo(2);
        assertThat(pizza.getNote()).isEqualTo("well done");
        assertThat(pizza.getOptionsList()).extracting(o -> o.getGroup() + ":" + o.getId() + ":" + o.getQualifier())
                .containsExactly("size:large:", "topping:olives:none");
    }

    @Test
    void promisesAsapOrdersAfterTheOutletsLeadTimeAndTimedOrdersAtTheirTime() {
        Ticket asap = factory.read(TestPayloads.pizzaNight(null)).ticket();
        Ticket timed = factory.read(TestPayloads.pizzaNight("2025-03-14T19:30:00-04:00")).ticket();

        assertThat(asap.getPromisedTime().getSeconds()).as("the demo's pickup: 15 minutes, 5 more for items 5 to 8")
                .isEqualTo(TestPayloads.PLACED_AT.plus(Duration.ofMinutes(20)).getEpochSecond());
        assertThat(asap.getTimeZone()).isEqualTo("America/New_York");
        assertThat(asap.getFulfillment().hasTime()).isFalse();
        assertThat(timed.getPromisedTime().getSeconds())
                .isEqualTo(Instant.parse("2025-03-14T23:30:00Z").getEpochSecond());
        assertThat(timed.getFulfillment().getTime()).isEqualTo(timed.getPromisedTime());
    }

    @Test
    void sumsQuantitiesPerItemForTheReservation() {
        assertThat(factory.read(TestPayloads.pizzaNight(null)).quantities())
                .containsExactlyInAnyOrderEntriesOf(Map.of("pizza", 3, "coke", 1, "garlic_bread", 1, "cinnamon_sticks", 1));
    }

    @Test
    void theTicketIdIsStablePerOrderAndNotTheOrderId() {
        String first = factory.read(TestPayloads.pizzaNight(null)).ticket().getTicketId();
        String again = factory.read(TestPayloads.pizzaNight("2025-03-14T19:30:00-04:00")).ticket().getTicketId();

        assertThat(first).isEqualTo(again).isEqualTo(TicketFactory.ticketIdOf(OrderId.of(TestPayloads.ORDER_ID)))
                .isNotEqualTo(TestPayloads.ORDER_ID);
        assertThat(TicketFactory.ticketIdOf(OrderId.random())).isNotEqualTo(first);
    }

    @Test
    void aStationSeesOnlyItsLinesWhileAllAndExpoSeeEverything() {
        Ticket full = factory.read(TestPayloads.pizzaNight(null)).ticket();

        assertThat(TicketFactory.forStation(full, "drinks").getLinesList()).extracting(TicketLine::getItemId)
                .containsExactly("coke");
        assertThat(TicketFactory.forStation(full, "oven").getLinesList()).extracting(TicketLine::getItemId)
                .containsExactly("pizza", "garlic_bread", "pizza");
        assertThat(TicketFactory.forStation(full, "expo").getLinesCount()).isEqualTo(5);
        assertThat(TicketFactory.forStation(full, "all").getStation()).isEqualTo("all");
        assertThat(TicketFactory.concerns(Set.of("oven"), "drinks")).isFalse();
        assertThat(TicketFactory.concerns(Set.of("oven"), "expo")).isTrue();
    }

    @Test
    void unknownItemsGoToPrep() {
        OutboxMessage message = TestPayloads.pizzaNight(null);
        OutboxMessage unknown = new OutboxMessage(message.id(), message.type(), message.orderId(), message.outletId(),
                message.payload().replace("\"garlic_bread\"", "\"mystery_dish\""), message.createdAt(), 0);

        assertThat(factory.read(unknown).ticket().getLines(2).getStation()).isEqualTo("prep");
    }

    @Test
    void rejectsPayloadsThatAreNotOrders() {
        OutboxMessage garbage = new OutboxMessage(9, Outbox.ORDER_PLACED, TestPayloads.ORDER_ID, "demo", "{not json",
                Instant.now(), 0);
        OutboxMessage noLines = new OutboxMessage(9, Outbox.ORDER_PLACED, TestPayloads.ORDER_ID, "demo",
                "{\"orderId\":\"" + TestPayloads.ORDER_ID + "\",\"lines\":[]}", Instant.now(), 0);

        assertThatThrownBy(() -> factory.read(garbage)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> factory.read(noLines)).isInstanceOf(IllegalArgumentException.class);
    }

    static KitchenProperties properties(Map<String, String> stations) {
        return new KitchenProperties(
                new KitchenProperties.Grpc(true, "127.0.0.1", 0, Duration.ofSeconds(30), Duration.ofSeconds(10),
                        Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(1)),
                new KitchenProperties.Relay(true, Duration.ofMillis(500), 50, Duration.ofSeconds(1), Duration.ofMinutes(1), 10),
                stations, Duration.ofMinutes(5), Duration.ofMinutes(20));
    }
}
