package io.maitre.channel.twilio;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How many messages each customer number may send a minute (per instance). Every webhook comes from Twilio's
 * addresses, so limits go by the sender's number; this stops, among others, two automatic responders texting each
 * other for ever. Counts are kept per fixed minute and the previous minutes are forgotten.
 */
final class SenderLimits {

    private record Window(long minute, int count) {
    }

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    SenderLimits(int perMinute, LongSupplier nanoClock) {
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    /** Counts one message from the number; false when it is over the limit. */
    boolean allow(String number) {
        long minute = TimeUnit.NANOSECONDS.toMinutes(nanoClock.getAsLong());
        Window window = windows.compute(number, (n, w) -> w == null || w.minute() != minute
                ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        if (windows.size() > 10_000) {
            windows.values().removeIf(w -> w.minute() != minute);
        }
        return window.count() <= perMinute;
    }
}
