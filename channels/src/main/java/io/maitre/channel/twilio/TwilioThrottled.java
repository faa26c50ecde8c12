package io.maitre.channel.twilio;

import java.time.Duration;

/** Twilio's REST API answered 429 Too Many Requests; {@code retryAfter} is how long it asked us to wait. */
class TwilioThrottled extends RuntimeException {

    private final Duration retryAfter;

    TwilioThrottled(Duration retryAfter) {
        super("Twilio asked us to slow down for " + retryAfter.toMillis() + " ms");
        this.retryAfter = retryAfter;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
