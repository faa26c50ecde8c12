package io.maitre.channel.web;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** Every kind of failure the web chat reports, each with a stable problem type URI (RFC 9457). */
enum ProblemKind {
    BAD_INPUT(HttpStatus.BAD_REQUEST, "Bad input", "bad-input"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Unauthorized", "unauthorized"),
    SESSION_NOT_FOUND(HttpStatus.NOT_FOUND, "Session not found", "session-not-found"),
    UNKNOWN_OUTLET(HttpStatus.NOT_FOUND, "Unknown outlet", "unknown-outlet"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found", "not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "not-acceptable"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", "unsupported-media-type"),
    RATE_LIMITED(HttpStatus.TOO_MANY_REQUESTS, "Too many requests", "rate-limited"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "internal-error");

    static final String TYPE_BASE = "https://maitre.io/problems/";

    private final HttpStatus status;
    private final String title;
    private final URI type;

    ProblemKind(HttpStatus status, String title, String slug) {
        this.status = status;
        this.title = title;
        this.type = URI.create(TYPE_BASE + slug);
    }

    HttpStatus status() {
        return status;
    }

    String title() {
        return title;
    }

    URI type() {
        return type;
    }
}
