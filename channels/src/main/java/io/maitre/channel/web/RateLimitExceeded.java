package io.maitre.channel.web;

/** A client went over one of the chat's rate limits. */
final class RateLimitExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimitExceeded(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
