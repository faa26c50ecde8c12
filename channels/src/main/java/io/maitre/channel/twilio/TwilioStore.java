package io.maitre.channel.twilio;

import java.time.Duration;
import java.util.Optional;

/**
 * Short-lived state the Twilio channels share across instances: delivered message ids (deduplication), claimed
 * outbound notifications, each call's channel state, counters of the per-sender limits and the confirmation codes of
 * numbers typed into web chat. In memory in embedded mode, in Redis in production.
 */
public interface TwilioStore {

    /**
     * Takes {@code key} for {@code ttl} unless someone holds it.
     *
     * @return true when this caller took it, false when it was already taken
     */
    boolean claim(String key, Duration ttl);

    /** Gives a claimed key back, so that a retry of failed work is not mistaken for a duplicate. */
    void release(String key);

    /**
     * Adds one to the counter at {@code key} in one atomic step, creating it at 1 with {@code ttl} when it is absent
     * or expired; the time to live is not extended by later increments.
     *
     * @return the count after this increment
     */
    long increment(String key, Duration ttl);

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);
}
