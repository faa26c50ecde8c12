package io.maitre.channel;

/** How and when an order is handed over: {@code mode} is "pickup" or "delivery"; time ISO-8601 or null for asap. */
public record FulfillmentView(String mode, String time, String address) {
}
