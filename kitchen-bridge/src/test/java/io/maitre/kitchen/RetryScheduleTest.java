package io.maitre.kitchen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(1), Duration.ofSeconds(30));
    private final Instant now = Instant.parse("2025-03-14T16:00:00Z");

    @Test
    void theWaitDoublesWithEachFailureUpToTheMaximum() {
        assertThat(schedule.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(schedule.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(schedule.delayAfter(5)).isEqualTo(Duration.ofSeconds(16));
        assertThat(schedule.delayAfter(6)).isEqualTo(Duration.ofSeconds(30));
        assertThat(schedule.delayAfter(60)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFailedMessageIsDueAgainOnlyAfterItsWait() {
        assertThat(schedule.isDue(7, now)).isTrue();

        schedule.failed(7, 3, now);

        assertThat(schedule.isDue(7, now.plusMillis(3999))).isFalse();
        assertThat(schedule.isDue(7, now.plusSeconds(4))).isTrue();
        assertThat(schedule.isDue(8, now)).isTrue();
    }

    @Test
    void successForgetsTheWait() {
        schedule.failed(7, 1, now);

        schedule.succeeded(7);

        assertThat(schedule.isDue(7, now)).isTrue();
    }
}
