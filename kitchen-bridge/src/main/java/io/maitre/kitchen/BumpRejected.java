package io.maitre.kitchen;

/** A terminal's bump could not be applied (unknown ticket, or a move the order does not allow). */
public class BumpRejected extends RuntimeException {

    public BumpRejected(String message) {
        super(message);
    }
}
