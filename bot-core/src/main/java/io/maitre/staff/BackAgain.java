package io.maitre.staff;

import io.maitre.cart.CartPricing;
import io.maitre.cart.PricedCart;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.Menu;
import java.util.stream.Collectors;

/** What the bot says when staff hand a conversation back: that it is back, the cart, and its question again. */
final class BackAgain {

    private BackAgain() {
    }

    static String say(Conversation c, Menu menu) {
        PricedCart cart = CartPricing.price(c.cart(), menu, "delivery".equals(c.fulfillmentMode()));
        String order = cart.lines().isEmpty() ? "Your order is empty so far."
                : "Your order so far: " + cart.lines().stream().map(ConversationSummary::line)
                        .collect(Collectors.joining(", ")) + " (" + cart.total() + " "
                        + cart.total().currency().getCurrencyCode() + ").";
        return "I'm back — thanks for waiting. " + order + " " + question(c.state(), menu);
    }

    private static String question(DialogueState state, Menu menu) {
        if (state instanceof DialogueState.AwaitingChoice choice) {
            String item = menu.item(choice.itemId()).map(i -> i.name()).orElse("that item");
            return "Which " + choice.group() + " would you like for the " + item + "?";
        }
        if (state instanceof DialogueState.AwaitingMoreItems) {
            return "Anything else?";
        }
        if (state instanceof DialogueState.AwaitingFulfillment) {
            return "Is it for pickup or delivery?";
        }
        if (state instanceof DialogueState.AwaitingTime) {
            return "When would you like it?";
        }
        if (state instanceof DialogueState.AwaitingAddress) {
            return "What's the delivery address?";
        }
        if (state instanceof DialogueState.AwaitingName) {
            return "What name should I put the order under?";
        }
        if (state instanceof DialogueState.AwaitingPhone) {
            return "What phone number can we reach you on?";
        }
        if (state instanceof DialogueState.AwaitingConfirmation) {
            return "Shall I place the order?";
        }
        if (state instanceof DialogueState.AwaitingCode) {
            return "Please type the code we texted you.";
        }
        return "What would you like?";
    }
}
