package io.maitre.twilio.redis;

import io.maitre.channel.twilio.TwilioStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The Twilio channels' state in Redis, shared by every instance; a claim is one {@code SET NX PX}, a counter one
 * script that increments and, for a new counter, sets its expiry, so no counter is ever left without one.
 */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "redis")
class RedisTwilioStore implements TwilioStore {

    private static final RedisScript<Long> INCREMENT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return count""", Long.class);

    private final StringRedisTemplate redis;

    RedisTwilioStore(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public boolean claim(String key, Duration ttl) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(key, "1", ttl));
    }

    @Override
    public void release(String key) {
        redis.delete(key);
    }

    @Override
    public long increment(String key, Duration ttl) {
        Long count = redis.execute(INCREMENT, List.of(key), Long.toString(ttl.toMillis()));
        return count == null ? 0 : count;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.opsForValue().get(key));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.opsForValue().set(key, value, ttl);
    }
}
