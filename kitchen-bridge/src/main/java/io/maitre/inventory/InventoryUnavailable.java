package io.maitre.inventory;

/** The inventory service could not be reached, did not answer in time, or failed. */
public class InventoryUnavailable extends RuntimeException {

    public InventoryUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
