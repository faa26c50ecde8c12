package io.maitre.channel;

import java.util.List;

/** The {@code Order} of docs/api.md: the cart fields plus the order's identity, status and fulfillment. */
public record OrderView(String orderId, String number, String status, String outletId, List<LineView> lines,
        String subtotal, String deliveryFee, String tax, String total, String currency, FulfillmentView fulfillment,
        CustomerView customer) {

    public OrderView {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
