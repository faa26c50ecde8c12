package io.maitre.channel;

/** Who ordered. */
public record CustomerView(String name, String phone) {
}
