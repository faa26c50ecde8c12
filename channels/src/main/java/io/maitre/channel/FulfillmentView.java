package io.maitre.channel;

/**
 * How and when an order is handed over: {@code mode} is "pickup" or "delivery"; {@code time} ISO-8601 with the
 * outlet's offset at that time (so its wall-clock part is the outlet's local time, as customers are shown it), or
 * null for as soon as possible.
 */
public record FulfillmentView(String mode, String time, String address) {
}
