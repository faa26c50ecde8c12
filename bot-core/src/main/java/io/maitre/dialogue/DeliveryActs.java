package io.maitre.dialogue;

import io.maitre.cart.CartPricing;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.DeliveryCheck;
import io.maitre.menu.Money;
import java.util.List;

/**
 * The outlet's delivery rules, said to the customer as soon as they apply: the minimum when delivery is chosen, the
 * area when the address is given, each time with pickup offered instead.
 */
final class DeliveryActs {

    static final String MAKE_IT_PICKUP = "Make it pickup";

    private DeliveryActs() {
    }

    /** Keeps a delivery address inside the area; otherwise says why and asks again or offers pickup. */
    static void takeAddress(Turn turn, String address) {
        Conversation c = turn.conversation();
        DeliveryCheck check = turn.menu().rules().checkDelivery(subtotal(turn), address, turn.geocoder());
        if (check instanceof DeliveryCheck.OutsideArea) {
            c.address(null);
            c.fulfillmentMode(null);
            turn.reply().ask(new DialogueState.AwaitingFulfillment(), "Sorry, " + address + " is outside our delivery "
                    + "area (" + turn.menu().info().deliveryArea() + "). Would you like to pick it up instead?",
                    List.of("Pickup", "Deliver somewhere else"));
            return;
        }
        if (check instanceof DeliveryCheck.AddressNotPlaced) {
            c.address(null);
            turn.reply().ask(new DialogueState.AwaitingAddress(), "I couldn't tell whether that address is in our "
                    + "delivery area. Could you send it again with the ZIP code?", List.of());
            return;
        }
        c.address(address);
    }

    /** Says so when the order is below the delivery minimum, and what would lift it or that pickup has none. */
    static void checkMinimum(Turn turn) {
        DeliveryCheck check = turn.menu().rules().checkDelivery(subtotal(turn), null, turn.geocoder());
        if (check instanceof DeliveryCheck.BelowMinimum below) {
            turn.conversation().resumeAdding();
            turn.reply().say("Delivery needs an order of at least " + Phrasing.money(below.minimum()) + "; you're "
                    + Phrasing.money(below.shortBy()) + " short. You can add something, or say \"pickup\" and "
                    + "there's no minimum.");
        } else if (check instanceof DeliveryCheck.NotOffered) {
            turn.conversation().fulfillmentMode("pickup");
            turn.reply().say("Sorry, we don't deliver; orders are for pickup.");
        }
    }

    private static Money subtotal(Turn turn) {
        return CartPricing.price(turn.conversation().cart(), turn.menu()).subtotal();
    }
}
