package io.maitre;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * A clock for tests that run the whole service. It starts on a Monday at 6 pm in New York, when the demo pizzeria
 * is open with the evening ahead, and runs on from there, so that "as soon as possible" and "at 7pm" can be placed
 * whatever the time the tests run; a test may move it to another moment ({@link #startAt(Instant)}).
 */
@TestConfiguration(proxyBeanMethods = false)
public class OpenHoursClock {

    /** Monday 23 November 2026, 6:00 pm in New York. */
    public static final Instant START = Instant.parse("2026-11-23T23:00:00Z");

    @Bean
    @Primary
    Movable movableClock() {
        return new Movable(START);
    }

    /** A clock that runs at the real pace from a chosen moment. */
    public static final class Movable extends Clock {

        private volatile Duration offset;

        Movable(Instant start) {
            startAt(start);
        }

        /** From now on, the clock reads {@code start} and runs on from there. */
        public void startAt(Instant start) {
            offset = Duration.between(Clock.systemUTC().instant(), start);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.offset(Clock.system(zone), offset);
        }

        @Override
        public Instant instant() {
            return Clock.systemUTC().instant().plus(offset);
        }
    }
}
