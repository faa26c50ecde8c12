package io.maitre.order;

/** An order cannot be placed from an empty cart. */
public class EmptyCart extends RuntimeException {

    public EmptyCart() {
        super("The cart is empty");
    }
}
