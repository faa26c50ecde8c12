package io.maitre.channel.twilio;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders the Twilio webhooks' refusals as RFC 9457 problem details: 403 for a missing or wrong signature, 400 for
 * a signed request without the fields Twilio always sends. Anything unexpected is a 500 without internal details.
 */
@RestControllerAdvice(basePackageClasses = TwilioProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TwilioProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(TwilioProblemAdvice.class);
    static final String TYPE_BASE = "https://maitre.io/problems/";

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception failure, HttpServletRequest request) {
        HttpStatus status;
        String slug;
        String title;
        String detail;
        if (failure instanceof TwilioSignatureRejected) {
            status = HttpStatus.FORBIDDEN;
            slug = "bad-signature";
            title = "Forbidden";
            detail = failure.getMessage();
            log.warn("Refused a Twilio webhook to {}: {}", request.getRequestURI(), failure.getMessage());
        } else if (failure instanceof InvalidWebhook) {
            status = HttpStatus.BAD_REQUEST;
            slug = "bad-input";
            title = "Bad input";
            detail = failure.getMessage();
        } else if (failure instanceof ErrorResponse e && e.getStatusCode().is4xxClientError()) {
            status = HttpStatus.valueOf(e.getStatusCode().value());
            slug = status == HttpStatus.METHOD_NOT_ALLOWED ? "method-not-allowed" : "bad-input";
            title = status.getReasonPhrase();
            detail = "Twilio webhooks are form-encoded POST requests.";
        } else {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
            slug = "internal-error";
            title = "Internal error";
            detail = "Something went wrong on our side.";
            log.error("Twilio webhook {} failed", request.getRequestURI(), failure);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_BASE + slug));
        body.setTitle(title);
        body.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
