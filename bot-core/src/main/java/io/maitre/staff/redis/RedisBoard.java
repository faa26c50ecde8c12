package io.maitre.staff.redis;

import io.maitre.conversation.ConversationProperties;
import io.maitre.staff.Board;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Production mode: the board in Redis, shared by every instance. Live conversations are a sorted set scored by
 * their last change (older entries are trimmed as it is read); a closure is a small hash that expires with the
 * conversation's idle time.
 */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "redis")
class RedisBoard implements Board {

    static final String LIVE = "maitre:staff:live";
    static final String CLOSED = "maitre:staff:closed:";

    private final StringRedisTemplate redis;
    private final ConversationProperties properties;
    private final Clock clock;

    RedisBoard(StringRedisTemplate redis, ConversationProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void touch(String conversationKey, Instant at) {
        redis.opsForZSet().add(LIVE, conversationKey, at.toEpochMilli());
    }

    @Override
    public List<String> since(Instant since) {
        Instant cutoff = clock.instant().minus(properties.idleTimeout());
        redis.opsForZSet().removeRangeByScore(LIVE, Double.NEGATIVE_INFINITY, cutoff.toEpochMilli());
        Set<String> keys = redis.opsForZSet().reverseRangeByScore(LIVE, since.toEpochMilli() + 1,
                Double.POSITIVE_INFINITY);
        return keys == null ? List.of() : List.copyOf(keys);
    }

    @Override
    public void closed(String conversationKey, Closure closure) {
        String key = CLOSED + conversationKey;
        redis.opsForHash().putAll(key, Map.of("by", closure.by(), "at", closure.at().toString()));
        redis.expire(key, properties.idleTimeout());
    }

    @Override
    public Optional<Closure> closure(String conversationKey) {
        Map<Object, Object> fields = redis.opsForHash().entries(CLOSED + conversationKey);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Closure((String) fields.get("by"), Instant.parse((String) fields.get("at"))));
    }

    @Override
    public void reopened(String conversationKey) {
        redis.delete(CLOSED + conversationKey);
    }
}
