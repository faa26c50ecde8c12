package io.maitre.channel.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.ratelimiter.RequestNotPermitted;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends text messages through Twilio's REST API with the Twilio SDK. Each of our numbers sends at most its
 * configured rate (a Resilience4j rate limiter per number); a 429 is retried after the {@code Retry-After} Twilio
 * gives, a 5xx or a lost connection after a growing pause, up to the configured attempts (Resilience4j retry). A
 * customer on the opt-out list is never texted.
 */
final class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(500);

    private final TwilioRestClient client;
    private final SmsOptOuts optOuts;
    private final SmsDeliveryLog deliveries;
    private final String statusCallback;
    private final Retry retry;
    private final RateLimiterRegistry rates;

    SmsSender(TwilioRestClient client, SmsOptOuts optOuts, SmsDeliveryLog deliveries, TwilioProperties properties) {
        this.client = client;
        this.optOuts = optOuts;
        this.deliveries = deliveries;
        this.statusCallback = properties.publicBaseUrl() == null ? null
                : properties.publicBaseUrl() + "/twilio/sms/status";
        TwilioProperties.Sms sms = properties.sms();
        this.retry = Retry.of("twilio-sms", RetryConfig.custom()
                .maxAttempts(sms.sendAttempts())
                .retryOnException(failure -> retryable(failure, sms.maxRetryAfter()))
                .intervalBiFunction(pause())
                .build());
        this.rates = RateLimiterRegistry.of(RateLimiterConfig.custom()
                .limitForPeriod(sms.sendsPerSecond())
                .limitRefreshPeriod(Duration.ofSeconds(1))
                .timeoutDuration(sms.sendWait())
                .build());
    }

    /**
     * Sends one text from one of our numbers.
     *
     * @return the message's id, or empty when the customer opted out or Twilio refused it for good
     */
    Optional<String> send(String from, String to, String text) {
        if (optOuts.isOptedOut(from, to)) {
            log.info("Not texting {}: opted out of {}", PhoneNumbers.mask(to), PhoneNumbers.mask(from));
            return Optional.empty();
        }
        RateLimiter rate = rates.rateLimiter(from);
        Supplier<Message> attempt = RateLimiter.decorateSupplier(rate, () -> creator(from, to, text).create(client));
        try {
            Message message = Retry.decorateSupplier(retry, attempt).get();
            deliveries.record(message.getSid(), message.getStatus() == null ? "queued" : message.getStatus().toString(),
                    null);
            return Optional.of(message.getSid());
        } catch (TwilioThrottled | ApiConnectionException | RequestNotPermitted e) {
            log.warn("Gave up texting {}: {}", PhoneNumbers.mask(to), e.getMessage());
            return Optional.empty();
        } catch (ApiException e) {
            log.warn("Twilio refused a text to {}: HTTP {}, error {}: {}", PhoneNumbers.mask(to), e.getStatusCode(),
                    e.getCode(), e.getMessage());
            return Optional.empty();
        }
    }

    private MessageCreator creator(String from, String to, String text) {
        MessageCreator creator = Message.creator(new PhoneNumber(to), new PhoneNumber(from), text);
        if (statusCallback != null) {
            creator.setStatusCallback(statusCallback);
        }
        return creator;
    }

    static boolean retryable(Throwable failure, Duration maxRetryAfter) {
        if (failure instanceof TwilioThrottled throttled) {
            return throttled.retryAfter().compareTo(maxRetryAfter) <= 0;
        }
        if (failure instanceof ApiConnectionException) {
            return true;
        }
        return failure instanceof ApiException api && api.getStatusCode() != null && api.getStatusCode() >= 500;
    }

    /** Twilio's {@code Retry-After} after a 429; otherwise 0.5 s, 1 s, 2 s, ... */
    static IntervalBiFunction<Object> pause() {
        return (attempt, outcome) -> {
            if (outcome.isLeft() && outcome.getLeft() instanceof TwilioThrottled throttled) {
                return throttled.retryAfter().toMillis();
            }
            return FIRST_PAUSE.toMillis() << Math.min(attempt - 1, 6);
        };
    }
}
