package io.maitre.dialogue;

import io.maitre.menu.Menu;
import io.maitre.menu.Timetable;
import io.maitre.order.FulfillmentMode;
import io.maitre.order.OrderDetails;
import java.time.Clock;
import java.time.ZonedDateTime;

/** How the bot tells a customer where their order is: its status, and while it is being made, when to expect it. */
final class OrderProgress {

    private OrderProgress() {
    }

    /** "Your order 042 is being made. It should be ready for pickup at about 6:10 PM today." */
    static String describe(OrderDetails order, Menu menu, Clock clock) {
        boolean delivery = order.fulfillment().mode() == FulfillmentMode.DELIVERY;
        String text = "Your order " + order.number() + " " + switch (order.status()) {
            case PLACED -> "is placed and on its way to the kitchen";
            case SENT_TO_KITCHEN -> "is with the kitchen";
            case ACCEPTED -> "was accepted by the kitchen";
            case IN_PROGRESS -> "is being made";
            case READY -> delivery ? "is ready and waiting for the driver" : "is ready for pickup";
            case COMPLETED -> "is complete";
            case CANCELLED -> "was cancelled";
            case NEEDS_ATTENTION -> "needs a moment of our team's attention; they'll be in touch";
        } + ".";
        return switch (order.status()) {
            case PLACED, SENT_TO_KITCHEN, ACCEPTED, IN_PROGRESS -> text + " " + expected(order, menu, clock, delivery);
            default -> text;
        };
    }

    /** When the order should be ready or at the door, in the outlet's zone: its time, or as soon as possible. */
    private static String expected(OrderDetails order, Menu menu, Clock clock, boolean delivery) {
        boolean asap = order.fulfillment().time() == null;
        ZonedDateTime at;
        if (asap) {
            Timetable timetable = delivery ? menu.rules().delivery().orElse(menu.rules().pickup())
                    : menu.rules().pickup();
            at = timetable.readyAfter(order.placedAt(), order.lines().stream()
                    .mapToInt(l -> l.line().quantity()).sum());
        } else {
            at = order.fulfillment().time().atZoneSameInstant(menu.zone());
        }
        if (!at.toInstant().isAfter(clock.instant())) {
            return delivery ? "It should be with you any minute now." : "It should be ready any minute now.";
        }
        return (delivery ? "It should be at your door at " : "It should be ready for pickup at ")
                + (asap ? "about " : "") + Scheduling.spoken(at.withZoneSameInstant(menu.zone()), clock) + ".";
    }
}
