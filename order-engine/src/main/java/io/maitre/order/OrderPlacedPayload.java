package io.maitre.order;

import io.maitre.cart.PricedLine;
import io.maitre.cart.Qualifier;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of an {@code OrderPlaced} outbox message: everything a kitchen ticket shows. */
record OrderPlacedPayload(String orderId, String number, String outletId, String outletName, String status,
                          String placedAt, FulfillmentJson fulfillment, CustomerJson customer, String channel,
                          List<LineJson> lines, String subtotal, String deliveryFee, String tax, String total, String currency) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static String of(OrderDetails order, String outletName) {
        Fulfillment fulfillment = order.fulfillment();
        OrderPlacedPayload payload = new OrderPlacedPayload(order.id().toString(), order.number(),
                order.outletId().value(), outletName, order.status().name(), order.placedAt().toString(),
                new FulfillmentJson(fulfillment.mode().name().toLowerCase(Locale.ROOT),
                        fulfillment.time() == null ? null : fulfillment.time().toString(), fulfillment.address()),
                new CustomerJson(order.customer().name(), order.customer().phone()), order.channel(),
                order.lines().stream().map(LineJson::of).toList(), order.subtotal().toString(),
                order.deliveryFee().toString(),
                order.tax().toString(), order.total().toString(), order.currency().getCurrencyCode());
        return JSON.writeValueAsString(payload);
    }

    record FulfillmentJson(String mode, String time, String address) {
    }

    record CustomerJson(String name, String phone) {
    }

    record LineJson(String lineId, String itemId, String name, int quantity, String note, List<OptionJson> options,
                    String unitPrice, String lineTotal) {

        static LineJson of(PricedLine line) {
            return new LineJson(line.line().id().value(), line.line().itemId(), line.name(), line.line().quantity(),
                    line.line().note(),
                    line.options().stream()
                            .map(option -> new OptionJson(option.choice().group(), option.choice().optionId(),
                                    option.name(), option.choice().qualifier()))
                            .toList(),
                    line.unitPrice().toString(), line.lineTotal().toString());
        }
    }

    record OptionJson(String group, String id, String name, Qualifier qualifier) {
    }
}
