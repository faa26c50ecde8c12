package io.maitre.staff.web;

import io.maitre.staff.StaffOrders;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Today's orders, the NEEDS_ATTENTION queue's actions, and items sold out or available. */
@RestController
class StaffOrdersController {

    private final StaffOrders orders;
    private final SignedIn signedIn;

    StaffOrdersController(StaffOrders orders, SignedIn signedIn) {
        this.orders = orders;
        this.signedIn = signedIn;
    }

    @GetMapping("/staff/api/orders")
    List<StaffOrders.OrderRow> today() {
        return orders.today(signedIn.member());
    }

    @PostMapping("/staff/api/orders/{orderId}/release")
    StaffOrders.OrderRow release(@PathVariable String orderId) {
        return orders.release(signedIn.member(), orderId);
    }

    @PostMapping("/staff/api/orders/{orderId}/cancel")
    StaffOrders.OrderRow cancel(@PathVariable String orderId, @RequestBody StaffController.Text message) {
        return orders.cancel(signedIn.member(), orderId, message.text());
    }

    @GetMapping("/staff/api/outlets/{outletId}/items")
    List<StaffOrders.ItemStock> items(@PathVariable String outletId) {
        return orders.items(signedIn.member(), outletId);
    }

    @PostMapping("/staff/api/outlets/{outletId}/items/{itemId}/availability")
    StaffOrders.ItemStock availability(@PathVariable String outletId, @PathVariable String itemId,
            @RequestBody Availability body) {
        return orders.setAvailable(signedIn.member(), outletId, itemId, body.available(),
                body.quantity() == null ? 0 : body.quantity());
    }

    /** Sold out ({@code available: false}) or available again with {@code quantity} on hand. */
    record Availability(boolean available, Integer quantity) {
    }
}
