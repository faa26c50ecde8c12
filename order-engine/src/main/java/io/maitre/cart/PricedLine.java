package io.maitre.cart;

import io.maitre.menu.Money;
import java.util.List;

/**
 * A cart line with names and prices: {@code unitPrice} is the item price plus option surcharges,
 * {@code lineTotal} is {@code unitPrice × quantity}.
 */
public record PricedLine(CartLine line, String name, List<PricedOption> options, Money unitPrice, Money lineTotal) {

    public PricedLine {
        options = List.copyOf(options);
    }
}
