package io.maitre.conversation.redis;

import io.maitre.conversation.ConversationBusy;
import io.maitre.conversation.ConversationLock;
import io.maitre.conversation.ConversationProperties;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A fair lock across instances: a ticket lock in Redis. Each turn draws a ticket; the lock serves
 * tickets in order. The holder keeps a lease, so a crashed instance cannot block a conversation for
 * longer than the lease; a ticket whose owner stopped waiting is skipped once its short claim window
 * passes.
 */
@Component
@ConditionalOnProperty(name = "maitre.conversations.store", havingValue = "redis")
class RedisConversationLock implements ConversationLock {

    static final String PREFIX = "maitre:lock:";
    private static final Duration CLAIM_WINDOW = Duration.ofSeconds(2);

    /** KEYS: next, serving, lease. ARGV: ticket (0 = draw one), lease ms, claim ms, key ttl ms. */
    private static final RedisScript<List> ACQUIRE = RedisScript.of("""
            local t = tonumber(ARGV[1])
            if t == 0 then
              t = redis.call('INCR', KEYS[1])
              redis.call('PEXPIRE', KEYS[1], ARGV[4])
            end
            local serving = tonumber(redis.call('GET', KEYS[2]) or '1')
            if serving == t then
              redis.call('SET', KEYS[2], serving, 'PX', ARGV[4])
              redis.call('SET', KEYS[3], t, 'PX', ARGV[2])
              return {t, 1}
            end
            if serving < t and redis.call('EXISTS', KEYS[3]) == 0 then
              serving = serving + 1
              redis.call('SET', KEYS[2], serving, 'PX', ARGV[4])
              if serving == t then
                redis.call('SET', KEYS[3], t, 'PX', ARGV[2])
                return {t, 1}
              end
              redis.call('SET', KEYS[3], serving, 'PX', ARGV[3])
            end
            return {t, 0}
            """, List.class);

    /** KEYS: serving, lease. ARGV: ticket, claim ms, key ttl ms. Passes the lock to the next ticket. */
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[2]) == ARGV[1] then
              local next = tonumber(ARGV[1]) + 1
              redis.call('SET', KEYS[1], next, 'PX', ARGV[3])
              redis.call('SET', KEYS[2], next, 'PX', ARGV[2])
              return 1
            end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final ConversationProperties properties;

    RedisConversationLock(StringRedisTemplate redis, ConversationProperties properties) {
        this.redis = redis;
        this.properties = properties;
    }

    @Override
    public <T> T withLock(String key, Supplier<T> work) {
        List<String> keys = List.of(PREFIX + key + ":next", PREFIX + key + ":serving", PREFIX + key + ":lease");
        String lease = String.valueOf(properties.lockLease().toMillis());
        String claim = String.valueOf(CLAIM_WINDOW.toMillis());
        String ttl = String.valueOf(properties.idleTimeout().toMillis());
        long deadline = System.nanoTime() + properties.lockWait().toNanos();
        long ticket = 0;
        long pauseNanos = 1_000_000;
        while (true) {
            List<?> answer = redis.execute(ACQUIRE, keys, String.valueOf(ticket), lease, claim, ttl);
            ticket = ((Number) answer.get(0)).longValue();
            if (((Number) answer.get(1)).longValue() == 1) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new ConversationBusy(key);
            }
            LockSupport.parkNanos(pauseNanos);
            pauseNanos = Math.min(pauseNanos * 2, 20_000_000);
        }
        try {
            return work.get();
        } finally {
            redis.execute(RELEASE, keys.subList(1, 3), String.valueOf(ticket), claim, ttl);
        }
    }
}
