package io.maitre.order;

/** The delivery address is outside the outlet's delivery area. */
public class OutsideDeliveryArea extends RuntimeException {

    private final String address;

    public OutsideDeliveryArea(String address) {
        super("The address '" + address + "' is outside the delivery area");
        this.address = address;
    }

    public String address() {
        return address;
    }
}
