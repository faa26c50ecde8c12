package io.maitre.channel;

import java.util.List;

/** The {@code Cart} of docs/api.md: money as decimal strings; {@code deliveryFee} "0.00" for pickup, in the total. */
public record CartView(List<LineView> lines, String subtotal, String deliveryFee, String tax, String total,
        String currency) {

    public CartView {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
