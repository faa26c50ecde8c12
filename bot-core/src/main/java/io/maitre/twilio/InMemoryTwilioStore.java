package io.maitre.twilio;

import io.maitre.channel.twilio.TwilioStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The embedded default: the Twilio channels' state in this process's memory, with expiry. */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "memory", matchIfMissing = true)
class InMemoryTwilioStore implements TwilioStore {

    private record Entry(String value, Instant expiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;

    InMemoryTwilioStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        Instant now = clock.instant();
        boolean[] taken = {false};
        entries.compute(key, (k, e) -> {
            if (e != null && e.expiresAt().isAfter(now)) {
                return e;
            }
            taken[0] = true;
            return new Entry("1", now.plus(ttl));
        });
        return taken[0];
    }

    @Override
    public void release(String key) {
        entries.remove(key);
    }

    @Override
    public long increment(String key, Duration ttl) {
        Instant now = clock.instant();
        Entry counted = entries.compute(key, (k, e) -> e == null || !e.expiresAt().isAfter(now)
                ? new Entry("1", now.plus(ttl)) : new Entry(Long.toString(Long.parseLong(e.value()) + 1), e.expiresAt()));
        return Long.parseLong(counted.value());
    }

    @Override
    public Optional<String> get(String key) {
        Entry entry = entries.get(key);
        return entry == null || !entry.expiresAt().isAfter(clock.instant()) ? Optional.empty()
                : Optional.of(entry.value());
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        entries.put(key, new Entry(value, clock.instant().plus(ttl)));
    }

    @Scheduled(fixedDelayString = "${maitre.conversations.sweep-interval:60s}")
    void evictExpired() {
        Instant now = clock.instant();
        entries.values().removeIf(e -> !e.expiresAt().isAfter(now));
    }
}
