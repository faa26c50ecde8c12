package io.maitre.channel.web;

import io.maitre.channel.ConversationNotFound;
import io.maitre.channel.UnknownOutlet;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * A failure as the client sees it. {@link #from(Throwable)} is the one place that decides what each exception
 * means to a client; the REST advice and the WebSocket handler only render the result.
 *
 * @param kind the problem type, status and title
 * @param detail what went wrong, for people; never internal details
 * @param headers HTTP headers that go with it ({@code WWW-Authenticate}, {@code Retry-After}, {@code Allow})
 */
record ChatProblem(ProblemKind kind, String detail, HttpHeaders headers) {

    static final String INTERNAL_DETAIL = "Something went wrong on our side. Please try again in a moment.";

    static ChatProblem from(Throwable failure) {
        if (failure instanceof InvalidChatInput e) {
            return of(ProblemKind.BAD_INPUT, e.getMessage());
        }
        if (failure instanceof CredentialsRejected e) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            return new ChatProblem(ProblemKind.UNAUTHORIZED, e.getMessage(), headers);
        }
        if (failure instanceof ConversationNotFound) {
            return of(ProblemKind.SESSION_NOT_FOUND, "There is no chat session with that id. Start a new one.");
        }
        if (failure instanceof UnknownOutlet e) {
            return of(ProblemKind.UNKNOWN_OUTLET, e.getMessage());
        }
        if (failure instanceof RateLimitExceeded e) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            return new ChatProblem(ProblemKind.RATE_LIMITED, e.getMessage(), headers);
        }
        if (failure instanceof UnsupportedContentType e) {
            return of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, e.getMessage());
        }
        if (failure instanceof HttpRequestMethodNotSupportedException e) {
            HttpHeaders headers = new HttpHeaders();
            headers.setAllow(e.getSupportedHttpMethods());
            return new ChatProblem(ProblemKind.METHOD_NOT_ALLOWED,
                    "This resource does not support " + e.getMethod() + ".", headers);
        }
        if (failure instanceof HttpMediaTypeNotSupportedException) {
            return of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException) {
            return of(ProblemKind.NOT_ACCEPTABLE, "This resource answers in application/json.");
        }
        if (failure instanceof ErrorResponse e && e.getStatusCode().is4xxClientError()) {
            return e.getStatusCode().value() == 404
                    ? of(ProblemKind.NOT_FOUND, "There is no such resource in the chat API.")
                    : of(ProblemKind.BAD_INPUT, "The request is not valid.");
        }
        return of(ProblemKind.INTERNAL_ERROR, INTERNAL_DETAIL);
    }

    private static ChatProblem of(ProblemKind kind, String detail) {
        return new ChatProblem(kind, detail, HttpHeaders.EMPTY);
    }

    int status() {
        return kind.status().value();
    }
}
