package io.maitre.cart;

import io.maitre.menu.Money;
import java.util.Currency;
import java.util.List;

/**
 * A priced cart: lines, subtotal of the lines, delivery fee (zero for pickup), tax (rounded half-up to cents) and
 * total, which includes the fee and, unless the outlet's prices include it, the tax.
 */
public record PricedCart(List<PricedLine> lines, Money subtotal, Money deliveryFee, Money tax, Money total,
                         Currency currency) {

    public PricedCart {
        lines = List.copyOf(lines);
    }
}
