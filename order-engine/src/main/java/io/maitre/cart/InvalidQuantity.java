package io.maitre.cart;

/** A line quantity outside 1..99. */
public class InvalidQuantity extends RuntimeException {

    /** The smallest quantity of a line. */
    public static final int MIN = 1;
    /** The largest quantity of a line. */
    public static final int MAX = 99;

    private final int quantity;

    public InvalidQuantity(int quantity) {
        super("Quantity " + quantity + " is not between " + MIN + " and " + MAX);
        this.quantity = quantity;
    }

    public int quantity() {
        return quantity;
    }

    static int require(int quantity) {
        if (quantity < MIN || quantity > MAX) {
            throw new InvalidQuantity(quantity);
        }
        return quantity;
    }
}
