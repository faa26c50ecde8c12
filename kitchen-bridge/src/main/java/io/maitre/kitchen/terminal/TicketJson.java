package io.maitre.kitchen.terminal;

import io.maitre.kitchen.v1.FulfillmentMode;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketLine;
import io.maitre.kitchen.v1.TicketOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A ticket as one line of JSON, for scripts ({@code kitchen-terminal --json}). */
final class TicketJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TicketJson() {
    }

    static String of(Ticket ticket) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ticketId", ticket.getTicketId());
        json.put("sequence", ticket.getSequence());
        json.put("orderId", ticket.getOrderId());
        json.put("orderNumber", ticket.getOrderNumber());
        json.put("outletId", ticket.getOutletId());
        json.put("station", ticket.getStation());
        json.put("orderStatus", ticket.getOrderStatus());
        json.put("channel", ticket.getChannel());
        json.put("customerFirstName", ticket.getCustomerFirstName());
        json.put("placedAt", instant(ticket.getPlacedAt()));
        json.put("promisedTime", instant(ticket.getPromisedTime()));
        json.put("timeZone", ticket.getTimeZone().isEmpty() ? null : ticket.getTimeZone());
        json.put("promisedLocalTime", Instant.ofEpochSecond(ticket.getPromisedTime().getSeconds())
                .atZone(TerminalScreen.zoneOf(ticket)).toLocalDateTime().toString());
        Map<String, Object> fulfillment = new LinkedHashMap<>();
        fulfillment.put("mode", ticket.getFulfillment().getMode() == FulfillmentMode.FULFILLMENT_MODE_DELIVERY
                ? "delivery" : "pickup");
        fulfillment.put("time", ticket.getFulfillment().hasTime() ? instant(ticket.getFulfillment().getTime()) : null);
        fulfillment.put("address", emptyToNull(ticket.getFulfillment().getAddress()));
        json.put("fulfillment", fulfillment);
        json.put("lines", ticket.getLinesList().stream().map(TicketJson::line).toList());
        return JSON.writeValueAsString(json);
    }

    private static Map<String, Object> line(TicketLine line) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("itemId", line.getItemId());
        json.put("name", line.getName());
        json.put("quantity", line.getQuantity());
        json.put("options", line.getOptionsList().stream().map(TicketJson::option).toList());
        json.put("note", emptyToNull(line.getNote()));
        json.put("station", line.getStation());
        return json;
    }

    private static Map<String, Object> option(TicketOption option) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("group", option.getGroup());
        json.put("id", option.getId());
        json.put("name", option.getName());
        json.put("qualifier", emptyToNull(option.getQualifier()));
        return json;
    }

    private static String instant(com.google.protobuf.Timestamp timestamp) {
        return Instant.ofEpochSecond(timestamp.getSeconds(), timestamp.getNanos()).toString();
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    static List<String> describeLines(Ticket ticket) {
        return ticket.getLinesList().stream().map(TicketJson::describe).toList();
    }

    /** E.g. "2x Pizza (Large, Thin Crust, extra Pepperoni, no Olives) - well done". */
    static String describe(TicketLine line) {
        StringBuilder text = new StringBuilder().append(line.getQuantity()).append("x ").append(line.getName());
        if (line.getOptionsCount() > 0) {
            text.append(" (").append(String.join(", ", line.getOptionsList().stream()
                    .map(option -> switch (option.getQualifier()) {
                        case "" -> option.getName();
                        case "none" -> "no " + option.getName();
                        default -> option.getQualifier() + " " + option.getName();
                    })
                    .toList())).append(')');
        }
        if (!line.getNote().isEmpty()) {
            text.append(" - ").append(line.getNote());
        }
        return text.toString();
    }
}
