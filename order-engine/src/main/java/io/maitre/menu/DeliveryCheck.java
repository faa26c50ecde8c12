package io.maitre.menu;

/** Whether a delivery can be taken, and if not why. */
public sealed interface DeliveryCheck {

    /** The delivery can be taken. */
    record Accepted() implements DeliveryCheck {
    }

    /** The outlet does not deliver at all. */
    record NotOffered() implements DeliveryCheck {
    }

    /** The items come to less than the outlet's minimum for delivery. */
    record BelowMinimum(Money minimum, Money subtotal) implements DeliveryCheck {

        /** How much more the customer would need to order. */
        public Money shortBy() {
            return new Money(minimum.amount().subtract(subtotal.amount()), minimum.currency());
        }
    }

    /** The address is outside the delivery area. */
    record OutsideArea(String address) implements DeliveryCheck {
    }

    /** The address cannot be placed (no postal code in it, or the geocoder cannot find it): ask for more. */
    record AddressNotPlaced(String address) implements DeliveryCheck {
    }
}
