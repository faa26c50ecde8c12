package io.maitre.channel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Renders every failure of the chat API as an RFC 9457 problem detail. Scoped to this package and ordered first,
 * so an application-wide advice elsewhere cannot change the chat's contract.
 */
@RestControllerAdvice(basePackageClasses = ChatProblemAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ChatProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ChatProblemAdvice.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handle(Exception failure, HttpServletRequest request) {
        ChatProblem problem = ChatProblem.from(failure);
        if (problem.kind() == ProblemKind.INTERNAL_ERROR) {
            log.error("Web chat request {} {} failed", request.getMethod(), request.getRequestURI(), failure);
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.kind().status(), problem.detail());
        body.setType(problem.kind().type());
        body.setTitle(problem.kind().title());
        body.setInstance(instance(request));
        return ResponseEntity.status(problem.kind().status())
                .headers(problem.headers())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }

    private static URI instance(HttpServletRequest request) {
        try {
            return URI.create(request.getRequestURI());
        } catch (IllegalArgumentException unusualPath) {
            return null;
        }
    }
}
