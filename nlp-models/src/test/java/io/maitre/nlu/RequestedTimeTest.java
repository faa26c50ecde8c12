package io.maitre.nlu;

import static io.maitre.nlu.Utterances.read;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The time a message asks for leaves understanding typed, read once. */
class RequestedTimeTest {

    @Test
    void asSoonAsPossibleAClockTimeAndADayAndTime() {
        assertThat(read("pickup asap").time()).contains(new RequestedTime.AsSoonAsPossible());
        assertThat(read("pickup at 7:30pm").time()).contains(new RequestedTime.ClockTime(LocalTime.of(19, 30)));
        assertThat(read("deliver it tomorrow at noon").time()).hasValueSatisfying(t ->
                assertThat(t).isInstanceOf(RequestedTime.DateAndTime.class));
        assertThat(read("two large pizzas").time()).isEmpty();
    }

    @Test
    void aClockTimeSaysWhetherAmOrPmIsKnown() {
        assertThat(new RequestedTime.ClockTime(LocalTime.of(7, 15)).halfOfTheDayKnown()).isFalse();
        assertThat(new RequestedTime.ClockTime(LocalTime.of(19, 15)).halfOfTheDayKnown()).isTrue();
        assertThat(new RequestedTime.ClockTime(LocalTime.MIDNIGHT).halfOfTheDayKnown()).isTrue();
    }

    @Test
    void theValueIsWhatTheTimeEntityCarries() {
        assertThat(RequestedTime.of("asap")).contains(new RequestedTime.AsSoonAsPossible());
        assertThat(RequestedTime.of("19:30").map(RequestedTime::value)).contains("19:30");
        assertThat(RequestedTime.of("2026-11-24T12:00")).contains(
                new RequestedTime.DateAndTime(LocalDateTime.of(2026, 11, 24, 12, 0)));
        assertThat(RequestedTime.of("soonish")).isEmpty();
        assertThat(RequestedTime.of(null)).isEmpty();
    }
}
