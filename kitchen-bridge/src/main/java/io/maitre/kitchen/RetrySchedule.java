package io.maitre.kitchen;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * When a failed outbox message may be tried again: the wait doubles with every failure, from
 * {@code initial} up to {@code max}. Kept in memory only: after a restart each message is tried
 * at once, and the attempt count kept in the outbox picks up the doubling where it was.
 */
class RetrySchedule {

    private final Duration initial;
    private final Duration max;
    private final Map<Long, Instant> notBefore = new HashMap<>();

    RetrySchedule(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
    }

    boolean isDue(long messageId, Instant now) {
        Instant next = notBefore.get(messageId);
        return next == null || !now.isBefore(next);
    }

    /** Records a failure; {@code attempts} counts it. */
    void failed(long messageId, int attempts, Instant now) {
        notBefore.put(messageId, now.plus(delayAfter(attempts)));
    }

    void succeeded(long messageId) {
        notBefore.remove(messageId);
    }

    Duration delayAfter(int attempts) {
        Duration delay = initial;
        for (int i = 1; i < attempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }
}
