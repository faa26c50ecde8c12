package io.maitre.kitchen;

import com.google.protobuf.Timestamp;
import io.maitre.kitchen.v1.Fulfillment;
import io.maitre.kitchen.v1.FulfillmentMode;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketLine;
import io.maitre.kitchen.v1.TicketOption;
import io.maitre.menu.Menu;
import io.maitre.menu.MenuCatalog;
import io.maitre.menu.MenuItem;
import io.maitre.menu.OutletId;
import io.maitre.menu.Timetable;
import io.maitre.order.OrderId;
import io.maitre.order.OutboxMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an {@code OrderPlaced} outbox payload into a ticket, routing each line to the station
 * that prepares its menu category. The ticket id is derived from the order id, so reading the
 * same message twice gives the same ticket.
 */
class TicketFactory {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final MenuCatalog menus;
    private final KitchenProperties properties;

    TicketFactory(MenuCatalog menus, KitchenProperties properties) {
        this.menus = menus;
        this.properties = properties;
    }

    /** The ticket id of an order: the same on every call, different from the order id. */
    static String ticketIdOf(OrderId orderId) {
        return UUID.nameUUIDFromBytes(("ticket:" + orderId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * @throws IllegalArgumentException when the payload is not an order the kitchen can read
     */
    PlacedOrder read(OutboxMessage message) {
        Payload payload;
        try {
            payload = JSON.readValue(message.payload(), Payload.class);
        } catch (RuntimeException unreadable) {
            throw new IllegalArgumentException("Outbox message " + message.id() + " is not an order: "
                    + unreadable.getMessage(), unreadable);
        }
        if (payload.orderId() == null || payload.lines() == null || payload.lines().isEmpty()) {
            throw new IllegalArgumentException("Outbox message " + message.id() + " has no order id or no lines");
        }
        OrderId orderId = OrderId.of(payload.orderId());
        OutletId outletId = new OutletId(payload.outletId() != null ? payload.outletId() : message.outletId());
        Instant placedAt = payload.placedAt() == null ? message.createdAt() : Instant.parse(payload.placedAt());

        Ticket.Builder ticket = Ticket.newBuilder()
                .setTicketId(ticketIdOf(orderId))
                .setOrderId(orderId.toString())
                .setOrderNumber(nullToEmpty(payload.number()))
                .setOutletId(outletId.value())
                .setChannel(nullToEmpty(payload.channel()))
                .setCustomerFirstName(firstName(payload.customer()))
                .setPlacedAt(timestamp(placedAt));
        Set<String> stations = new LinkedHashSet<>();
        Map<String, Integer> quantities = new LinkedHashMap<>();
        for (LineJson line : payload.lines()) {
            String station = stationOf(outletId, line.itemId());
            stations.add(station);
            quantities.merge(line.itemId(), line.quantity(), Integer::sum);
            TicketLine.Builder ticketLine = TicketLine.newBuilder()
                    .setItemId(line.itemId())
                    .setName(nullToEmpty(line.name()))
                    .setQuantity(line.quantity())
                    .setNote(nullToEmpty(line.note()))
                    .setStation(station);
            for (OptionJson option : line.options() == null ? List.<OptionJson>of() : line.options()) {
                ticketLine.addOptions(TicketOption.newBuilder()
                        .setGroup(nullToEmpty(option.group()))
                        .setId(nullToEmpty(option.id()))
                        .setName(nullToEmpty(option.name()))
                        .setQualifier(nullToEmpty(option.qualifier())));
            }
            ticket.addLines(ticketLine);
        }
        Fulfillment.Builder fulfillment = Fulfillment.newBuilder().setMode(FulfillmentMode.FULFILLMENT_MODE_PICKUP);
        Optional<Menu> menu = menus.menu(outletId.value());
        menu.ifPresent(known -> ticket.setTimeZone(known.zone().getId()));
        boolean delivery = payload.fulfillment() != null && "delivery".equalsIgnoreCase(payload.fulfillment().mode());
        int items = quantities.values().stream().mapToInt(Integer::intValue).sum();
        Instant promised = placedAt.plus(menu.map(known -> leadTime(known, delivery, items))
                .orElse(properties.asapPrepTime()));
        if (payload.fulfillment() != null) {
            FulfillmentJson wanted = payload.fulfillment();
            if (delivery) {
                fulfillment.setMode(FulfillmentMode.FULFILLMENT_MODE_DELIVERY);
            }
            fulfillment.setAddress(nullToEmpty(wanted.address()));
            if (wanted.time() != null) {
                Instant time = OffsetDateTime.parse(wanted.time()).toInstant();
                fulfillment.setTime(timestamp(time));
                promised = time;
            }
        }
        ticket.setFulfillment(fulfillment).setPromisedTime(timestamp(promised));
        return new PlacedOrder(orderId, outletId, ticket.build(), Set.copyOf(stations), Map.copyOf(quantities));
    }

    private static Duration leadTime(Menu menu, boolean delivery, int items) {
        Timetable timetable = delivery ? menu.rules().delivery().orElse(menu.rules().pickup()) : menu.rules().pickup();
        return timetable.lead().forItems(items);
    }

    private String stationOf(OutletId outletId, String itemId) {
        String category = menus.menu(outletId.value())
                .flatMap(menu -> menu.item(itemId))
                .map(MenuItem::category)
                .orElse("");
        return properties.stationOf(category);
    }

    /** The copy of a ticket one station sees: its own lines, or all of them on "all" and "expo". */
    static Ticket forStation(Ticket full, String station) {
        if (KitchenProperties.ALL_STATIONS.contains(station)) {
            return full.toBuilder().setStation(station).build();
        }
        Ticket.Builder copy = full.toBuilder().setStation(station).clearLines();
        full.getLinesList().stream().filter(line -> line.getStation().equals(station)).forEach(copy::addLines);
        return copy.build();
    }

    /** Whether a station sees anything of a ticket with lines for these stations. */
    static boolean concerns(Set<String> ticketStations, String station) {
        return KitchenProperties.ALL_STATIONS.contains(station) || ticketStations.contains(station);
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.newBuilder().setSeconds(instant.getEpochSecond()).setNanos(instant.getNano()).build();
    }

    private static String firstName(CustomerJson customer) {
        if (customer == null || customer.name() == null || customer.name().isBlank()) {
            return "";
        }
        return customer.name().strip().split("\\s+", 2)[0];
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    record Payload(String orderId, String number, String outletId, String placedAt, FulfillmentJson fulfillment,
                   CustomerJson customer, String channel, List<LineJson> lines) {
    }

    record FulfillmentJson(String mode, String time, String address) {
    }

    record CustomerJson(String name, String phone) {
    }

    record LineJson(String itemId, String name, int quantity, String note, List<OptionJson> options) {
    }

    record OptionJson(String group, String id, String name, String qualifier) {
    }
}
