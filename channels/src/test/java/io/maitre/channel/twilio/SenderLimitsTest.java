package io.maitre.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SenderLimitsTest {

    private static final Instant START = Instant.parse("2026-11-23T23:00:00Z");

    private final Fakes.Store store = new Fakes.Store();

    @Test
    void eachNumberHasItsOwnAllowanceAMinute() {
        SenderLimits limits = new SenderLimits(store, 3, Clock.fixed(START, ZoneOffset.UTC));

        assertThat(limits.allow("+15550000001")).isTrue();
        assertThat(limits.allow("+15550000001")).isTrue();
        assertThat(limits.allow("+15550000001")).isTrue();
        assertThat(limits.allow("+15550000001")).isFalse();
        assertThat(limits.allow("+15550000002")).isTrue();

        SenderLimits aMinuteLater = new SenderLimits(store, 3,
                Clock.fixed(START.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
        assertThat(aMinuteLater.allow("+15550000001")).isTrue();
    }

    @Test
    void instancesSharingTheStoreShareOneAllowance() {
        Clock clock = Clock.fixed(START.plusSeconds(20), ZoneOffset.UTC);
        SenderLimits first = new SenderLimits(store, 3, clock);
        SenderLimits second = new SenderLimits(store, 3, clock);

        assertThat(first.allow("+15550000003")).isTrue();
        assertThat(second.allow("+15550000003")).isTrue();
        assertThat(first.allow("+15550000003")).isTrue();
        assertThat(second.allow("+15550000003")).isFalse();
        assertThat(first.allow("+15550000003")).isFalse();
    }
}
