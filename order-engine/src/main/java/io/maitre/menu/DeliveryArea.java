package io.maitre.menu;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Where an outlet delivers: a list of postal codes, or a circle around the outlet. */
public sealed interface DeliveryArea {

    /** Whether the address is inside, outside, or cannot be placed. */
    DeliveryCheck check(String address, Geocoder geocoder);

    /**
     * The area is these postal codes. An address is placed by the tokens in it shaped like the listed codes (same
     * sequence of digits and letters, e.g. five digits for US ZIP codes): inside when one is listed, outside when
     * none is, and not placed when it has no such token.
     */
    record PostalCodes(Set<String> codes) implements DeliveryArea {

        private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+");

        /** @throws InvalidMenu when no code is listed */
        public PostalCodes {
            if (codes == null || codes.isEmpty()) {
                throw new InvalidMenu("delivery.area.postalCodes lists no code");
            }
            codes = codes.stream().map(code -> code.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public DeliveryCheck check(String address, Geocoder geocoder) {
            Set<String> shapes = codes.stream().map(PostalCodes::shape).collect(Collectors.toSet());
            boolean placed = false;
            Matcher token = TOKEN.matcher(address == null ? "" : address.toUpperCase(Locale.ROOT));
            while (token.find()) {
                if (shapes.contains(shape(token.group()))) {
                    if (codes.contains(token.group())) {
                        return new DeliveryCheck.Accepted();
                    }
                    placed = true;
                }
            }
            return placed ? new DeliveryCheck.OutsideArea(address) : new DeliveryCheck.AddressNotPlaced(address);
        }

        private static String shape(String code) {
            return code.replaceAll("[0-9]", "9").replaceAll("[A-Z]", "A");
        }
    }

    /** The area is a circle of {@code radiusKm} around {@code centre}; addresses are placed by the geocoder. */
    record Radius(GeoPoint centre, double radiusKm) implements DeliveryArea {

        /** @throws InvalidMenu when the radius is not positive */
        public Radius {
            Objects.requireNonNull(centre, "centre");
            if (!(radiusKm > 0)) {
                throw new InvalidMenu("delivery.area.radiusKm must be above 0, not " + radiusKm);
            }
        }

        @Override
        public DeliveryCheck check(String address, Geocoder geocoder) {
            return geocoder.locate(address)
                    .<DeliveryCheck>map(point -> point.kilometresTo(centre) <= radiusKm
                            ? new DeliveryCheck.Accepted() : new DeliveryCheck.OutsideArea(address))
                    .orElseGet(() -> new DeliveryCheck.AddressNotPlaced(address));
        }
    }

    /** The postal codes listed, sorted, for messages; empty for a radius. */
    default List<String> listedCodes() {
        return this instanceof PostalCodes postal ? postal.codes().stream().sorted().toList() : List.of();
    }
}
