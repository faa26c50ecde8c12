package io.maitre.menu;

import java.util.Optional;

/**
 * Finds where an address is, for delivery areas drawn as a centre and radius. A port: production wires a geocoding
 * service; embedded mode has none, so such areas cannot place an address ({@link #NONE}) and outlets that must
 * deliver without one list postal codes instead.
 */
@FunctionalInterface
public interface Geocoder {

    /** Knows no address. */
    Geocoder NONE = address -> Optional.empty();

    /** Where the address is, or empty when it cannot be found. */
    Optional<GeoPoint> locate(String address);
}
