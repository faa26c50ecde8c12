package io.maitre.staff.web;

import io.maitre.staff.ConversationGone;
import io.maitre.staff.InvalidStaffInput;
import io.maitre.staff.OutletNotServed;
import io.maitre.staff.StaffActionRefused;
import io.maitre.staff.UsernameTaken;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Translates the console's failures into RFC 9457 problem details, once, at the edge. */
@RestControllerAdvice(basePackageClasses = StaffProblems.class)
class StaffProblems {

    private static final String BASE = "https://maitre.io/problems/staff-";

    @ExceptionHandler(StaffActionRefused.class)
    ProblemDetail refused(StaffActionRefused e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "conflict", "Not possible now", e.getMessage());
        problem.setProperty("reason", e.reason());
        return problem;
    }

    @ExceptionHandler(ConversationGone.class)
    ProblemDetail gone(ConversationGone e) {
        return problem(HttpStatus.GONE, "gone", "Conversation ended", e.getMessage());
    }

    @ExceptionHandler(OutletNotServed.class)
    ProblemDetail notServed(OutletNotServed e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Not your outlet", e.getMessage());
    }

    @ExceptionHandler({InvalidStaffInput.class})
    ProblemDetail invalid(RuntimeException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad-input", "Bad input", "The request body is not valid JSON.");
    }

    @ExceptionHandler(UsernameTaken.class)
    ProblemDetail taken(UsernameTaken e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Username taken", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
