package io.maitre.staff;

/** A member of staff asked about an outlet they are not assigned to. */
public class OutletNotServed extends RuntimeException {

    public OutletNotServed(String outletId) {
        super("You are not assigned to outlet " + outletId + ".");
    }
}
