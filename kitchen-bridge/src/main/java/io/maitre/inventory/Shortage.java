package io.maitre.inventory;

/** An item an order wanted more of than the outlet has. */
public record Shortage(String itemId, int requested, int available) {
}
