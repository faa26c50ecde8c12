package io.maitre.nlu.dialogflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class DialogflowGuardsTest {

    private static final DialogflowSettings SETTINGS =
        new DialogflowSettings(true, "p", Path.of("key.json"), null, Duration.ofMillis(900), 0, false);

    @Test
    void registersItsGuardsUnderOneMetricsName() {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        BulkheadRegistry bulkheads = BulkheadRegistry.ofDefaults();
        TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();

        DialogflowGuards guards = DialogflowGuards.from(breakers, bulkheads, timeLimiters, SETTINGS);

        assertThat(breakers.find("dialogflow")).containsSame(guards.circuitBreaker());
        assertThat(bulkheads.find("dialogflow")).containsSame(guards.bulkhead());
        assertThat(timeLimiters.find("dialogflow")).containsSame(guards.timeLimiter());
        assertThat(guards.timeLimiter().getTimeLimiterConfig().getTimeoutDuration()).isEqualTo(Duration.ofMillis(900));
        assertThat(guards.bulkhead().getBulkheadConfig().getMaxWaitDuration()).isZero();
    }

    @Test
    void keepsABreakerConfiguredInTheRegistry() {
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
        CircuitBreaker configured =
            breakers.circuitBreaker("dialogflow", CircuitBreakerConfig.custom().minimumNumberOfCalls(50).build());

        DialogflowGuards guards = DialogflowGuards.from(breakers, BulkheadRegistry.ofDefaults(),
            TimeLimiterRegistry.ofDefaults(), SETTINGS);

        assertThat(guards.circuitBreaker()).isSameAs(configured);
    }

    @Test
    void refusesATimeLimitOfOneAndAHalfSecondsOrMore() {
        TimeLimiter slow = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(2)).build());

        assertThatThrownBy(() -> new DialogflowGuards(CircuitBreaker.ofDefaults("d"), Bulkhead.ofDefaults("d"), slow))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("1500 ms");
    }
}
