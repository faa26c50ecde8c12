package io.maitre.channel;

/** A chosen option of a cart line; {@code qualifier} is {@code null}, "extra", "light" or "none". */
public record OptionView(String group, String id, String name, String qualifier) {
}
