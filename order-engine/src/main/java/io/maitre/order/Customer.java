package io.maitre.order;

/** Who ordered: a name to call out and a phone number to reach them (either may be null). */
public record Customer(String name, String phone) {
}
