package io.maitre.order;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock tests can set, to place orders on chosen business days. */
final class MutableClock extends Clock {

    private volatile Instant now = Instant.parse("2025-03-14T16:00:00Z");

    void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The test clock stays in UTC");
    }

    @Override
    public Instant instant() {
        return now;
    }
}
