package io.maitre.order;

/** A delivery order needs an address. */
public class AddressRequired extends RuntimeException {

    public AddressRequired() {
        super("A delivery needs an address");
    }
}
