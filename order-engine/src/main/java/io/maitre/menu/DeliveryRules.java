package io.maitre.menu;

import java.util.Objects;

/**
 * How an outlet delivers: the fee added to every delivery, the minimum the items must come to (before fee and
 * tax), and the area.
 */
public record DeliveryRules(Money fee, Money minimum, DeliveryArea area) {

    /** @throws InvalidMenu when the fee or minimum is negative */
    public DeliveryRules {
        MenuIds.requireNonNegative(fee, "delivery.fee");
        MenuIds.requireNonNegative(minimum, "delivery.minimum");
        Objects.requireNonNull(area, "area");
    }

    /** Checks the minimum first, then the area. */
    public DeliveryCheck check(Money subtotal, String address, Geocoder geocoder) {
        if (subtotal.compareTo(minimum) < 0) {
            return new DeliveryCheck.BelowMinimum(minimum, subtotal);
        }
        return area.check(address, geocoder);
    }
}
