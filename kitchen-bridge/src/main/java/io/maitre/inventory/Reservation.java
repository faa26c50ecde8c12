package io.maitre.inventory;

import java.util.List;

/** The answer to a reservation: held, or short of some items. */
public sealed interface Reservation {

    /** Every line is held. */
    record Reserved() implements Reservation {
    }

    /** Nothing is held because these items are short. */
    record Short(List<Shortage> shortages) implements Reservation {

        public Short {
            shortages = List.copyOf(shortages);
        }

        /** E.g. "pizza (wanted 2, 0 left)". */
        public String describe() {
            return String.join(", ", shortages.stream()
                    .map(s -> s.itemId() + " (wanted " + s.requested() + ", " + s.available() + " left)")
                    .toList());
        }
    }
}
