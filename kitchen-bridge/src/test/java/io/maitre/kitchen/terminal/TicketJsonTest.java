package io.maitre.kitchen.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Timestamp;
import io.maitre.kitchen.v1.Fulfillment;
import io.maitre.kitchen.v1.FulfillmentMode;
import io.maitre.kitchen.v1.Ticket;
import io.maitre.kitchen.v1.TicketLine;
import io.maitre.kitchen.v1.TicketOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

class TicketJsonTest {

    private static final TicketLine PIZZA = TicketLine.newBuilder().setItemId("pizza").setName("Pizza").setQuantity(2)
            .addOptions(TicketOption.newBuilder().setGroup("size").setId("large").setName("Large"))
            .addOptions(TicketOption.newBuilder().setGroup("topping").setId("pepperoni").setName("Pepperoni")
                    .setQualifier("extra"))
            .addOptions(TicketOption.newBuilder().setGroup("topping").setId("olives").setName("Olives").setQualifier("none"))
            .setNote("well done").setStation("oven").build();

    @Test
    void describesALineAsACookReadsIt() {
        assertThat(TicketJson.describe(PIZZA)).isEqualTo("2x Pizza (Large, extra Pepperoni, no Olives) - well done");
        assertThat(TicketJson.describe(TicketLine.newBuilder().setName("Coke").setQuantity(1).build())).isEqualTo("1x Coke");
    }

    private static Map<String, Object> fulfillment(String mode, String time, String address) {
        Map<String, Object> fulfillment = new LinkedHashMap<>();
        fulfillment.put("mode", mode);
        fulfillment.put("time", time);
        fulfillment.put("address", address);
        return fulfillment;
    }

    @Test
    void showsTimesInTheOutletsZoneWhateverTheTerminalsOwn() {
        Ticket.Builder ticket = Ticket.newBuilder().setTimeZone("America/New_York")
                .setPromisedTime(Timestamp.newBuilder().setSeconds(Instant.parse("2026-12-08T00:20:00Z").getEpochSecond()))
                .setFulfillment(Fulfillment.newBuilder().setMode(FulfillmentMode.FULFILLMENT_MODE_PICKUP));

        assertThat(TerminalScreen.fulfillment(ticket.build())).isEqualTo("pickup 19:20");
        Map<String, Object> parsed = JsonMapper.builder().build().readValue(TicketJson.of(ticket.build()),
                new TypeReference<>() {
                });
        assertThat(parsed).containsEntry("timeZone", "America/New_York")
                .containsEntry("promisedLocalTime", "2026-12-07T19:20")
                .containsEntry("promisedTime", "2026-12-08T00:20:00Z");
        assertThat(TerminalScreen.fulfillment(ticket.setTimeZone("Asia/Tokyo").build())).isEqualTo("pickup 09:20");
    }

    @Test
    void printsATicketAsOneLineOfJson() {
        Ticket ticket = Ticket.newBuilder().setTicketId("t-1").setSequence(7).setOrderId("o-1").setOrderNumber("042")
                .setOutletId("demo").setStation("oven").setOrderStatus("PLACED").setChannel("voice")
                .setCustomerFirstName("Ada")
                .setFulfillment(Fulfillment.newBuilder().setMode(FulfillmentMode.FULFILLMENT_MODE_DELIVERY)
                        .setAddress("1 Main St"))
                .addLines(PIZZA).build();

        String json = TicketJson.of(ticket);
        Map<String, Object> parsed = JsonMapper.builder().build().readValue(json, new TypeReference<>() {
        });

        assertThat(json).doesNotContain("\n");
        assertThat(parsed.get("ticketId")).isEqualTo("t-1");
        assertThat(parsed.get("sequence")).isEqualTo(7);
        assertThat(parsed.get("orderNumber")).isEqualTo("042");
        assertThat(parsed.get("fulfillment")).isEqualTo(
                fulfillment("delivery", null, "1 Main St"));
        assertThat(json).contains("\"qualifier\":\"none\"", "\"note\":\"well done\"", "\"station\":\"oven\"");
    }
}
