package io.maitre.nlu.dialogflow;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * What stands between a turn and Dialogflow: a bulkhead (at most so many calls in flight, no waiting for a slot),
 * a circuit breaker (stop calling for a while after repeated failures) and a time limit (under 1.5 s). All three
 * are named {@value #NAME}, so registries that feed metrics report them under that name.
 *
 * @param circuitBreaker opens after repeated failures and timeouts; while open, calls are refused at once
 * @param bulkhead refuses a call at once when too many are in flight
 * @param timeLimiter cancels a call that takes too long; its timeout must be under 1.5 s
 */
public record DialogflowGuards(CircuitBreaker circuitBreaker, Bulkhead bulkhead, TimeLimiter timeLimiter) {

    /** The name of the breaker, bulkhead and time limiter in their registries and metrics. */
    public static final String NAME = "dialogflow";

    /** Failure rate in percent over the last calls above which the breaker opens. */
    static final float FAILURE_RATE_THRESHOLD = 50;
    /** How many recent calls the breaker looks at. */
    static final int SLIDING_WINDOW = 20;
    /** The breaker judges only once it has seen this many calls. */
    static final int MINIMUM_CALLS = 5;
    /** How long an open breaker refuses calls before it lets a few through to probe. */
    static final Duration OPEN_STATE_WAIT = Duration.ofSeconds(30);
    /** Calls let through while probing. */
    static final int HALF_OPEN_CALLS = 3;
    /** Dialogflow calls in flight across all conversations of this instance. */
    static final int MAX_CONCURRENT_CALLS = 20;

    public DialogflowGuards {
        Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        Objects.requireNonNull(bulkhead, "bulkhead");
        Objects.requireNonNull(timeLimiter, "timeLimiter");
        Duration timeout = timeLimiter.getTimeLimiterConfig().getTimeoutDuration();
        if (timeout.compareTo(DialogflowSettings.MAX_TIME_LIMIT) >= 0) {
            throw new IllegalArgumentException("Dialogflow's time limit must be under "
                + DialogflowSettings.MAX_TIME_LIMIT.toMillis() + " ms, was " + timeout.toMillis() + " ms");
        }
    }

    /** Guards of their own, with the standard breaker and bulkhead and the settings' time limit. */
    public static DialogflowGuards standard(DialogflowSettings settings) {
        return from(CircuitBreakerRegistry.ofDefaults(), BulkheadRegistry.ofDefaults(), TimeLimiterRegistry.ofDefaults(),
            settings);
    }

    /**
     * Guards taken from shared registries (for example the ones metrics are bound to). An instance named
     * {@value #NAME} already in a registry is used as it is (a time limiter's timeout must still be under 1.5 s);
     * otherwise one is created with the standard configuration and, for the time limiter, the settings' time limit.
     */
    public static DialogflowGuards from(CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads,
        TimeLimiterRegistry timeLimiters, DialogflowSettings settings) {
        return new DialogflowGuards(
            breakers.circuitBreaker(NAME, standardBreaker()),
            bulkheads.bulkhead(NAME, standardBulkhead()),
            timeLimiters.timeLimiter(NAME, timeLimit(settings.timeLimit())));
    }

    static CircuitBreakerConfig standardBreaker() {
        return CircuitBreakerConfig.custom()
            .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
            .slidingWindowSize(SLIDING_WINDOW)
            .minimumNumberOfCalls(MINIMUM_CALLS)
            .failureRateThreshold(FAILURE_RATE_THRESHOLD)
            .waitDurationInOpenState(OPEN_STATE_WAIT)
            .permittedNumberOfCallsInHalfOpenState(HALF_OPEN_CALLS)
            // refusals are routine while open: no stack trace to fill in on every turn
            .writableStackTraceEnabled(false)
            .build();
    }

    static BulkheadConfig standardBulkhead() {
        return BulkheadConfig.custom()
            .maxConcurrentCalls(MAX_CONCURRENT_CALLS)
            .maxWaitDuration(Duration.ZERO)
            .writableStackTraceEnabled(false)
            .build();
    }

    static TimeLimiterConfig timeLimit(Duration limit) {
        return TimeLimiterConfig.custom().timeoutDuration(limit).cancelRunningFuture(true).build();
    }

    /**
     * Runs one call inside the bulkhead, then the breaker, then the time limit. The bulkhead is outermost so that
     * a full bulkhead does not count as a Dialogflow failure in the breaker.
     */
    <T> T call(Supplier<Future<T>> call) throws Exception {
        Callable<T> limited = TimeLimiter.decorateFutureSupplier(timeLimiter, call);
        return Bulkhead.decorateCallable(bulkhead, CircuitBreaker.decorateCallable(circuitBreaker, limited)).call();
    }
}
