package io.maitre.staff.web;

import io.maitre.inventory.InventoryUnavailable;
import io.maitre.order.IllegalOrderTransition;
import io.maitre.order.OrderNotFound;
import io.maitre.cart.IncompatibleOptions;
import io.maitre.cart.InvalidQuantity;
import io.maitre.cart.LineNotFound;
import io.maitre.menu.ItemUnavailable;
import io.maitre.menu.RequiredChoiceMissing;
import io.maitre.menu.TooManyChoices;
import io.maitre.menu.UnknownItem;
import io.maitre.menu.UnknownOption;
import io.maitre.order.AddressNotPlaced;
import io.maitre.order.AddressRequired;
import io.maitre.order.BelowDeliveryMinimum;
import io.maitre.order.DeliveryNotOffered;
import io.maitre.order.EmptyCart;
import io.maitre.order.OutletClosed;
import io.maitre.order.OutsideDeliveryArea;
import io.maitre.order.OutsideOpeningHours;
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

    @ExceptionHandler(OrderNotFound.class)
    ProblemDetail noOrder(OrderNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such order", e.getMessage());
    }

    @ExceptionHandler(IllegalOrderTransition.class)
    ProblemDetail transition(IllegalOrderTransition e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Not possible for this order now", e.getMessage());
    }

    @ExceptionHandler(InventoryUnavailable.class)
    ProblemDetail inventory(InventoryUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "inventory-unavailable", "Inventory unreachable",
                "The inventory service did not answer; try again in a moment.");
    }

    /** The order engine's refusals of a cart edit or an order (unknown item, closed outlet...), in its words. */
    @ExceptionHandler({UnknownItem.class, UnknownOption.class, RequiredChoiceMissing.class, IncompatibleOptions.class,
        InvalidQuantity.class, LineNotFound.class, TooManyChoices.class, ItemUnavailable.class, EmptyCart.class,
        OutletClosed.class, OutsideOpeningHours.class, AddressRequired.class, DeliveryNotOffered.class,
        BelowDeliveryMinimum.class, OutsideDeliveryArea.class, AddressNotPlaced.class})
    ProblemDetail orderRule(RuntimeException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "order-rule", "The order engine refused", e.getMessage());
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
