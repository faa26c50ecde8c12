package io.maitre.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LocalConversationLockTest {

    private final LocalConversationLock lock = new LocalConversationLock(
            new ConversationProperties("memory", Duration.ofMinutes(30), Duration.ofSeconds(5), Duration.ofSeconds(30),
                    200, 10_000));

    @Test
    void turnsOfOneConversationNeverOverlap() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(pool.submit(() -> lock.withLock("web:a", () -> {
                maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                Thread.onSpinWait();
                inside.decrementAndGet();
                return null;
            })));
        }
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(maxInside.get()).isEqualTo(1);
        assertThat(lock.activeLocks()).isZero();
    }

    @Test
    void waitingTurnsAreServedInArrivalOrder() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> order = Collections.synchronizedList(new ArrayList<>());
        Thread first = new Thread(() -> lock.withLock("web:b", () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        first.start();
        holding.await();
        List<Thread> waiters = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            int n = i;
            Thread t = new Thread(() -> lock.withLock("web:b", () -> order.add(n)));
            t.start();
            waitUntilQueued(n + 1);
            waiters.add(t);
        }
        release.countDown();
        first.join();
        for (Thread t : waiters) {
            t.join();
        }
        assertThat(order).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void differentConversationsDoNotWaitForEachOther() throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread blocker = new Thread(() -> lock.withLock("web:c", () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        blocker.start();
        holding.await();
        assertThat(lock.withLock("web:d", () -> "free")).isEqualTo("free");
        release.countDown();
        blocker.join();
    }

    @Test
    void aTurnThatWaitsTooLongIsTurnedAway() throws Exception {
        LocalConversationLock impatient = new LocalConversationLock(new ConversationProperties("memory",
                Duration.ofMinutes(30), Duration.ofMillis(50), Duration.ofSeconds(30), 200, 10_000));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread blocker = new Thread(() -> impatient.withLock("web:e", () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        blocker.start();
        holding.await();
        assertThatThrownBy(() -> impatient.withLock("web:e", () -> null)).isInstanceOf(ConversationBusy.class);
        release.countDown();
        blocker.join();
        assertThat(impatient.activeLocks()).isZero();
    }

    private void waitUntilQueued(int waiting) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (lock.queueLength("web:b") < waiting && System.nanoTime() < deadline) {
            Thread.sleep(1);
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
