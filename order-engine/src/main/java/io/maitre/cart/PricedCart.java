package io.maitre.cart;

import io.maitre.menu.Money;
import java.util.Currency;
import java.util.List;

/** A priced cart: lines, subtotal, tax (rounded half-up to cents) and total. */
public record PricedCart(List<PricedLine> lines, Money subtotal, Money tax, Money total, Currency currency) {

    public PricedCart {
        lines = List.copyOf(lines);
    }
}
