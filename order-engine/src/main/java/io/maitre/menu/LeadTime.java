package io.maitre.menu;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the outlet needs before an order can be handed over: {@code base}, plus {@code extra} for every further
 * {@code perItems} items beyond the first {@code perItems} (with 4 and 5 minutes: 1–4 items base, 5–8 base + 5
 * minutes...). {@code perItems} 0 means no extra.
 */
public record LeadTime(Duration base, int perItems, Duration extra) {

    /** @throws InvalidMenu when a duration is negative or {@code perItems} is negative */
    public LeadTime {
        Objects.requireNonNull(base, "base");
        extra = extra == null ? Duration.ZERO : extra;
        if (base.isNegative() || extra.isNegative() || perItems < 0) {
            throw new InvalidMenu("a lead time cannot be negative");
        }
    }

    public static LeadTime minutes(long minutes) {
        return new LeadTime(Duration.ofMinutes(minutes), 0, Duration.ZERO);
    }

    /** The lead time for an order of this many items (counting quantities). */
    public Duration forItems(int itemCount) {
        if (perItems == 0 || itemCount <= perItems) {
            return base;
        }
        return base.plus(extra.multipliedBy((itemCount - 1L) / perItems));
    }
}
