package io.maitre.order;

import io.maitre.menu.Money;

/** A delivery whose items come to less than the outlet's minimum for delivery. */
public class BelowDeliveryMinimum extends RuntimeException {

    private final Money minimum;
    private final Money subtotal;

    public BelowDeliveryMinimum(Money minimum, Money subtotal) {
        super("A delivery needs at least " + minimum + " " + minimum.currency() + " of items, not " + subtotal);
        this.minimum = minimum;
        this.subtotal = subtotal;
    }

    public Money minimum() {
        return minimum;
    }

    public Money subtotal() {
        return subtotal;
    }
}
