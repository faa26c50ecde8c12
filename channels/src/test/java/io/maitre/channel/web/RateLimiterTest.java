package io.maitre.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.DAYS.toNanos(3));
    private final RateLimiter limiter = new RateLimiter(30, now::get);

    @Test
    void allowsABurstUpToTheLimitThenRefuses() {
        for (int i = 0; i < 30; i++) {
            assertThat(limiter.acquire("s")).as("event %d", i).isZero();
        }

        long wait = limiter.acquire("s");

        assertThat(wait).isPositive().isLessThanOrEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void recoversOneEventPerIntervalAfterTheBurst() {
        for (int i = 0; i < 30; i++) {
            limiter.acquire("s");
        }
        long wait = limiter.acquire("s");

        now.addAndGet(wait);

        assertThat(limiter.acquire("s")).isZero();
        assertThat(limiter.acquire("s")).isPositive();
    }

    @Test
    void refusedEventsDoNotCount() {
        for (int i = 0; i < 40; i++) {
            limiter.acquire("s");
        }

        now.addAndGet(TimeUnit.SECONDS.toNanos(2));

        assertThat(limiter.acquire("s")).isZero();
    }

    @Test
    void keepsKeysApart() {
        for (int i = 0; i < 30; i++) {
            limiter.acquire("a");
        }

        assertThat(limiter.acquire("a")).isPositive();
        assertThat(limiter.acquire("b")).isZero();
    }

    @Test
    void isFullAgainAfterAMinute() {
        for (int i = 0; i < 30; i++) {
            limiter.acquire("s");
        }

        now.addAndGet(TimeUnit.MINUTES.toNanos(1));

        for (int i = 0; i < 30; i++) {
            assertThat(limiter.acquire("s")).isZero();
        }
    }

    @Test
    void forgetsKeysThatRecovered() {
        for (int i = 0; i < 2000; i++) {
            limiter.acquire("client-" + i);
        }
        now.addAndGet(TimeUnit.MINUTES.toNanos(2));

        for (int i = 0; i < 1024; i++) {
            limiter.acquire("later-" + i);
        }

        assertThat(limiter.trackedKeys()).isLessThan(2000);
    }
}
