package io.maitre.twilio.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The Twilio channels' shared store against the real Redis on 127.0.0.1:6379, as two instances with connections
 * of their own: a webhook delivered twice, to both instances at once, is claimed by exactly one, and a counter
 * (the per-sender limit) counts every increment of both once.
 */
@EnabledIfSystemProperty(named = "maitre.it.services", matches = "true")
class RedisTwilioStoreIT {

    private static LettuceConnectionFactory firstConnection;
    private static LettuceConnectionFactory secondConnection;
    private static RedisTwilioStore first;
    private static RedisTwilioStore second;
    private static StringRedisTemplate redis;

    @BeforeAll
    static void connect() {
        firstConnection = connection();
        secondConnection = connection();
        redis = new StringRedisTemplate(firstConnection);
        first = new RedisTwilioStore(redis);
        second = new RedisTwilioStore(new StringRedisTemplate(secondConnection));
    }

    @AfterAll
    static void disconnect() {
        firstConnection.destroy();
        secondConnection.destroy();
    }

    @Test
    void aDeliveryRacingOnTwoInstancesIsClaimedOnce() throws Exception {
        String key = "maitre:twilio:sms:in:SM" + UUID.randomUUID();
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> claims = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            RedisTwilioStore instance = i % 2 == 0 ? first : second;
            claims.add(threads.submit(() -> {
                start.await();
                return instance.claim(key, Duration.ofMinutes(5));
            }));
        }
        start.countDown();
        int won = 0;
        for (Future<Boolean> claim : claims) {
            won += claim.get(10, TimeUnit.SECONDS) ? 1 : 0;
        }
        threads.shutdown();

        assertThat(won).isEqualTo(1);
        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(1L, 300L);
    }

    @Test
    void aCounterIncrementedOnTwoInstancesAtOnceCountsEachIncrementOnceAndExpires() throws Exception {
        String key = "maitre:twilio:sms:rate:+1555" + UUID.randomUUID() + ":1";
        ExecutorService threads = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            RedisTwilioStore instance = i % 2 == 0 ? first : second;
            counts.add(threads.submit(() -> {
                start.await();
                return instance.increment(key, Duration.ofMinutes(2));
            }));
        }
        start.countDown();
        List<Long> seen = new ArrayList<>();
        for (Future<Long> count : counts) {
            seen.add(count.get(10, TimeUnit.SECONDS));
        }
        threads.shutdown();

        assertThat(seen).containsExactlyInAnyOrderElementsOf(java.util.stream.LongStream.rangeClosed(1, 40).boxed()
                .toList());
        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).as("set by the first increment only").isBetween(1L, 120L);
    }

    @Test
    void aReleasedClaimCanBeTakenAgainForTheRetryOfFailedWork() {
        String key = "maitre:twilio:sms:in:SM" + UUID.randomUUID();

        assertThat(first.claim(key, Duration.ofMinutes(1))).isTrue();
        assertThat(second.claim(key, Duration.ofMinutes(1))).isFalse();
        first.release(key);

        assertThat(second.claim(key, Duration.ofMinutes(1))).isTrue();
    }

    @Test
    void valuesAreSharedAndExpire() {
        String key = "maitre:twilio:call:CA" + UUID.randomUUID();

        first.put(key, "{\"silences\":1}", Duration.ofSeconds(30));

        assertThat(second.get(key)).contains("{\"silences\":1}");
        assertThat(redis.getExpire(key, TimeUnit.SECONDS)).isBetween(1L, 30L);
        assertThat(second.get(key + "-other")).isEmpty();
    }

    private static LettuceConnectionFactory connection() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", 6379));
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
