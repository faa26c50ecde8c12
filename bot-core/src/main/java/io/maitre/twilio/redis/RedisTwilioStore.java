package io.maitre.twilio.redis;

import io.maitre.channel.twilio.TwilioStore;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/** The Twilio channels' state in Redis, shared by every instance; a claim is one {@code SET NX PX}. */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "redis")
class RedisTwilioStore implements TwilioStore {

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
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.opsForValue().get(key));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        redis.opsForValue().set(key, value, ttl);
    }
}
