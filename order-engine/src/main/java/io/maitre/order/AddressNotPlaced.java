package io.maitre.order;

/**
 * The delivery address cannot be placed in or out of the delivery area (it has no postal code, or no geocoder
 * finds it); the customer should give it again with the postal code.
 */
public class AddressNotPlaced extends RuntimeException {

    private final String address;

    public AddressNotPlaced(String address) {
        super("The address '" + address + "' cannot be placed in the delivery area; it needs its postal code");
        this.address = address;
    }

    public String address() {
        return address;
    }
}
