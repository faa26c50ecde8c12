package io.maitre.channel.twilio;

import java.time.Clock;
import java.time.Duration;

/**
 * How many messages each customer number may send a minute, counted in the shared store so that every instance
 * enforces one limit. Every webhook comes from Twilio's addresses, so limits go by the sender's number; this stops,
 * among others, two automatic responders texting each other for ever. Counts are kept per fixed minute of the clock
 * (one counter a number and a minute, expiring soon after), so the instances' clocks only need to agree to the
 * second.
 */
final class SenderLimits {

    private static final String COUNTER = "maitre:twilio:sms:rate:";
    private static final Duration KEPT = Duration.ofMinutes(2);

    private final TwilioStore store;
    private final int perMinute;
    private final Clock clock;

    SenderLimits(TwilioStore store, int perMinute, Clock clock) {
        this.store = store;
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts one message from the number; false when it is over the limit. */
    boolean allow(String number) {
        long minute = Math.floorDiv(clock.millis(), Duration.ofMinutes(1).toMillis());
        return store.increment(COUNTER + number + ":" + minute, KEPT) <= perMinute;
    }
}
