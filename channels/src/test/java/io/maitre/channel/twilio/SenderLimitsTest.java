package io.maitre.channel.twilio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SenderLimitsTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.MINUTES.toNanos(1000));
    private final SenderLimits limits = new SenderLimits(3, now::get);

    @Test
    void eachNumberHasItsOwnAllowanceAMinute() {
        assertThat(limits.allow("+15550000001")).isTrue();
        assertThat(limits.allow("+15550000001")).isTrue();
        assertThat(limits.allow("+15550000001")).isTrue();
        assertThat(limits.allow("+15550000001")).isFalse();
        assertThat(limits.allow("+15550000002")).isTrue();

        now.addAndGet(TimeUnit.MINUTES.toNanos(1));
        assertThat(limits.allow("+15550000001")).isTrue();
    }
}
