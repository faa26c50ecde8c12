package io.maitre.menu;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * How an outlet charges tax: a {@code rate} (a fraction, 0.08875 for 8.875 %); {@code included} when menu prices
 * already contain it (as in Europe: the tax is then shown but not added); {@code onDeliveryFee} when the delivery
 * fee is taxed too.
 */
public record TaxRule(BigDecimal rate, boolean included, boolean onDeliveryFee) {

    /** @throws InvalidMenu when the rate is not a fraction in [0, 1) */
    public TaxRule {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidMenu("Tax rate " + rate + " must be a fraction between 0 and 1");
        }
    }

    /** Tax added on top of prices, on the fee too. */
    public static TaxRule added(BigDecimal rate) {
        return new TaxRule(rate, false, true);
    }

    /** The tax in the amounts: rate × base when added, the share base × rate / (1 + rate) when included. */
    public Money taxOn(Money items, Money deliveryFee) {
        Money base = onDeliveryFee ? items.plus(deliveryFee) : items;
        if (!included) {
            return base.times(rate);
        }
        return base.times(rate.divide(BigDecimal.ONE.add(rate), MathContext.DECIMAL64));
    }
}
