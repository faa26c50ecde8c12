package io.maitre.order;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Pickup or delivery, when, and where to.
 *
 * @param time    the wanted time, or null for as soon as possible
 * @param address the delivery address; required for {@code DELIVERY}, ignored for pickup
 */
public record Fulfillment(FulfillmentMode mode, OffsetDateTime time, String address) {

    public Fulfillment {
        Objects.requireNonNull(mode, "mode");
        address = address == null || address.isBlank() ? null : address.strip();
    }

    /** Pickup as soon as possible. */
    public static Fulfillment pickupAsap() {
        return new Fulfillment(FulfillmentMode.PICKUP, null, null);
    }
}
