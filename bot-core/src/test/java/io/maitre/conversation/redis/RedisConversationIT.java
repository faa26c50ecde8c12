package io.maitre.conversation.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.maitre.cart.Cart;
import io.maitre.channel.BotMessage;
import io.maitre.channel.ConversationRef;
import io.maitre.channel.Expecting;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.ConversationCodec;
import io.maitre.conversation.ConversationProperties;
import io.maitre.conversation.DialogueState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The Redis store and lock against the real Redis on 127.0.0.1:6379, two "instances" sharing it. */
@EnabledIfSystemProperty(named = "maitre.it.services", matches = "true")
class RedisConversationIT {

    private static LettuceConnectionFactory factory;
    private static StringRedisTemplate redis;
    private final ConversationProperties properties = new ConversationProperties("redis", Duration.ofMinutes(5),
            Duration.ofSeconds(10), Duration.ofMillis(500), 200, 10_000);

    @BeforeAll
    static void connect() {
        factory = new LettuceConnectionFactory(new RedisStandaloneConfiguration("127.0.0.1", 6379));
        factory.afterPropertiesSet();
        factory.start();
        redis = new StringRedisTemplate(factory);
    }

    @AfterAll
    static void disconnect() {
        factory.destroy();
    }

    @Test
    void storesConversationsAsJsonWithIdleExpiry() {
        RedisConversationStore store = new RedisConversationStore(redis,
                new ConversationCodec(JsonMapper.builder().build()), properties);
        ConversationRef ref = ConversationRef.web(UUID.randomUUID().toString());
        Conversation conversation = Conversation.start(ref, "demo", "en", Instant.parse("2026-11-22T12:00:00Z"));
        conversation.heard("hi <b>there</b> 🍕", Instant.parse("2026-11-22T12:00:01Z"), 200);
        conversation.said(List.of(new BotMessage("What size?", Expecting.SIZE, "pizza", List.of("Large"))),
                Instant.parse("2026-11-22T12:00:02Z"), 200);
        conversation.moveTo(new DialogueState.AwaitingChoice("pizza", "size"), true);
        conversation.cart(Cart.empty());
        store.save(conversation);

        Conversation loaded = store.load(ref.key()).orElseThrow();
        assertThat(loaded.expecting()).isEqualTo(Expecting.SIZE);
        assertThat(loaded.expectingItemId()).isEqualTo("pizza");
        assertThat(loaded.state()).isEqualTo(new DialogueState.AwaitingChoice("pizza", "size"));
        assertThat(loaded.transcript()).extracting(e -> e.text()).containsExactly("hi <b>there</b> 🍕", "What size?");
        Long ttl = redis.getExpire(RedisConversationStore.PREFIX + ref.key(), TimeUnit.SECONDS);
        assertThat(ttl).isBetween(250L, 300L);
        assertThat(store.load("web:" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void twoInstancesNeverRunTurnsOfOneConversationAtOnce() throws Exception {
        RedisConversationLock a = new RedisConversationLock(redis, properties);
        RedisConversationLock b = new RedisConversationLock(redis, properties);
        String key = "web:" + UUID.randomUUID();
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            RedisConversationLock lock = i % 2 == 0 ? a : b;
            futures.add(pool.submit(() -> lock.withLock(key, () -> {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                sleep(1);
                inside.decrementAndGet();
                return done.incrementAndGet();
            })));
        }
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(maxInside.get()).isEqualTo(1);
        assertThat(done.get()).isEqualTo(60);
    }

    @Test
    void waitingTurnsAreServedInArrivalOrderAcrossInstances() throws Exception {
        String key = "web:" + UUID.randomUUID();
        RedisConversationLock first = new RedisConversationLock(redis, properties);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> first.withLock(key, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holder.start();
        holding.await();
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int n = i;
            RedisConversationLock instance = new RedisConversationLock(redis, properties);
            Thread t = new Thread(() -> instance.withLock(key, () -> order.add(n)));
            t.start();
            waitForTicket(key, n + 2);
            waiters.add(t);
        }
        release.countDown();
        holder.join();
        for (Thread t : waiters) {
            t.join(10_000);
        }
        assertThat(order).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aCrashedHolderBlocksTheConversationOnlyUntilItsLeaseEnds() throws Exception {
        String key = "web:" + UUID.randomUUID();
        String ticket = String.valueOf(redis.opsForValue().increment(RedisConversationLock.PREFIX + key + ":next"));
        redis.opsForValue().set(RedisConversationLock.PREFIX + key + ":serving", ticket);
        redis.opsForValue().set(RedisConversationLock.PREFIX + key + ":lease", ticket, Duration.ofMillis(300));

        long started = System.nanoTime();
        String result = new RedisConversationLock(redis, properties).withLock(key, () -> "served");
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(result).isEqualTo("served");
        assertThat(waitedMillis).isLessThan(5_000);
    }

    private static void waitForTicket(String key, long ticket) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            String next = redis.opsForValue().get(RedisConversationLock.PREFIX + key + ":next");
            if (next != null && Long.parseLong(next) >= ticket) {
                return;
            }
            Thread.sleep(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
