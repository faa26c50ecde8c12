package io.maitre.cart;

import io.maitre.menu.Money;

/** A chosen option with its display name and the surcharge it adds to one unit. */
public record PricedOption(OptionChoice choice, String name, Money surcharge) {
}
