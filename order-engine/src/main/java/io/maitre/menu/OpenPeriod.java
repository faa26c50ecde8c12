package io.maitre.menu;

import java.time.Instant;
import java.time.ZonedDateTime;

/** One stretch of time the outlet is open, from {@code opens} (inclusive) to {@code closes} (exclusive). */
public record OpenPeriod(ZonedDateTime opens, ZonedDateTime closes) {

    /** Whether the instant falls inside this period. */
    public boolean contains(Instant instant) {
        return !instant.isBefore(opens.toInstant()) && instant.isBefore(closes.toInstant());
    }
}
