package io.maitre.channel;

import java.util.List;

/** The {@code Cart} of DESIGN §4.1. */
public record CartView(List<LineView> lines, String subtotal, String tax, String total, String currency) {

    public CartView {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
