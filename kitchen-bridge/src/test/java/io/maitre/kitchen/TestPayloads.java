package io.maitre.kitchen;

import io.maitre.order.Outbox;
import io.maitre.order.OutboxMessage;
import java.time.Instant;

/** Object mother for {@code OrderPlaced} outbox messages as order-engine writes them. */
final class TestPayloads {

    static final String ORDER_ID = "7f0c2a9e-1f43-4c39-9a57-3f1d2b6f0a11";
    static final Instant PLACED_AT = Instant.parse("2025-03-14T16:00:00Z");

    private TestPayloads() {
    }

    /** A pizza with options and a note, a coke, garlic bread and cinnamon sticks, for pickup as soon as possible. */
    static OutboxMessage pizzaNight(String fulfillmentTime) {
        String time = fulfillmentTime == null ? "null" : "\"" + fulfillmentTime + "\"";
        String payload = """
                {"orderId":"%s","number":"042","outletId":"demo","outletName":"Maitre Demo Pizzeria",
                 "status":"PLACED","placedAt":"%s",
                 "fulfillment":{"mode":"pickup","time":%s,"address":null},
                 "customer":{"name":"Ada Lovelace","phone":"+15550100"},"channel":"sms",
                 "lines":[
                  {"lineId":"l1","itemId":"pizza","name":"Pizza","quantity":2,"note":"well done",
                   "options":[{"group":"size","id":"large","name":"Large","qualifier":null},
                              {"group":"topping","id":"olives","name":"Olives","qualifier":"none"}],
                   "unitPrice":"15.00","lineTotal":"30.00"},
                  {"lineId":"l2","itemId":"coke","name":"Coke","quantity":1,"note":null,"options":[],
                   "unitPrice":"2.00","lineTotal":"2.00"},
                  {"lineId":"l3","itemId":"garlic_bread","name":"Garlic bread","quantity":1,"note":null,"options":[],
                   "unitPrice":"5.00","lineTotal":"5.00"},
                  {"lineId":"l4","itemId":"cinnamon_sticks","name":"Cinnamon sticks","quantity":1,"note":null,
                   "options":[],"unitPrice":"4.00","lineTotal":"4.00"},
                  {"lineId":"l5","itemId":"pizza","name":"Pizza","quantity":1,"note":null,"options":[],
                   "unitPrice":"12.00","lineTotal":"12.00"}],
                 "subtotal":"53.00","tax":"4.70","total":"57.70","currency":"USD"}
                """.formatted(ORDER_ID, PLACED_AT, time);
        return new OutboxMessage(1, Outbox.ORDER_PLACED, ORDER_ID, "demo", payload, PLACED_AT, 0);
    }
}
