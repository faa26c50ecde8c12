package io.maitre.channel.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Allows each key a number of events a minute with bursts up to that number (the generic cell rate algorithm: one
 * timestamp per key, updated atomically). Keys whose allowance has fully recovered are forgotten now and then, so
 * memory follows the keys active in the last minute.
 */
final class RateLimiter {

    private static final long SWEEP_EVERY = 1024;

    private final long interval;
    private final long tolerance;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, Long> theoreticalArrival = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        this.interval = TimeUnit.MINUTES.toNanos(1) / perMinute;
        this.tolerance = interval * (perMinute - 1);
        this.nanoClock = nanoClock;
    }

    /**
     * Counts one event for the key.
     *
     * @return 0 when allowed, else how many nanoseconds until the next event would be
     */
    long acquire(String key) {
        long now = nanoClock.getAsLong();
        long[] wait = {0};
        theoreticalArrival.compute(key, (k, stored) -> {
            long arrival = stored == null ? now : Math.max(stored, now);
            long early = arrival - now - tolerance;
            if (early > 0) {
                wait[0] = early;
                return stored;
            }
            return arrival + interval;
        });
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            theoreticalArrival.values().removeIf(arrival -> arrival - now <= 0);
        }
        return wait[0];
    }

    int trackedKeys() {
        return theoreticalArrival.size();
    }
}
