package io.maitre.menu;

/**
 * What customers ask about a store: where it is, how to reach it, when it is open and whether it
 * delivers. {@code deliveryArea} and {@code deliveryFee} are null when the store does not deliver.
 */
public record StoreInfo(String address, String phone, String hours, boolean delivers, String deliveryArea,
                        Money deliveryFee) {
}
