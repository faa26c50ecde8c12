package io.maitre.order;

/** How the customer gets the order. */
public enum FulfillmentMode {
    PICKUP,
    DELIVERY
}
