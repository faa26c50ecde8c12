package io.maitre.dialogue;

import io.maitre.cart.ItemSelection;
import io.maitre.cart.PricedCart;
import io.maitre.channel.Channel;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.MenuItem;
import io.maitre.menu.MenuOption;
import io.maitre.menu.OptionGroup;
import java.util.List;

/** Decides what the bot asks next: the first thing the order still lacks, or the read-back. */
final class NextQuestion {

    static final String PLACE_IT = "Yes, place my order";
    static final String CHANGE_IT = "No, change something";

    private NextQuestion() {
    }

    static void ask(Turn turn) {
        Conversation c = turn.conversation();
        Reply r = turn.reply();
        if (r.asked() || c.escalated()) {
            return;
        }
        if (!c.pending().isEmpty()) {
            askForMissingChoice(turn, c.pending().get(0));
        } else if (c.cart().isEmpty()) {
            if (c.orderId() == null) {
                r.ask(new DialogueState.TakingItems(), "What would you like to order?",
                        MenuExamples.itemSuggestions(turn.stock()));
            }
        } else if (!c.doneAdding()) {
            r.ask(new DialogueState.AwaitingMoreItems(), "Anything else?",
                    MenuExamples.addOn(turn.stock(), c.cart()).map(a -> List.of("That's all", a))
                            .orElse(List.of("That's all")));
        } else if (c.fulfillmentMode() == null) {
            if (turn.menu().info().delivers()) {
                r.ask(new DialogueState.AwaitingFulfillment(), "Is this for pickup or delivery?",
                        List.of("Pickup", "Delivery"));
            } else {
                c.fulfillmentMode("pickup");
                ask(turn);
            }
        } else if (c.fulfillmentTime() == null) {
            String when = "delivery".equals(c.fulfillmentMode()) ? "delivered" : "ready";
            r.ask(new DialogueState.AwaitingTime(), "When would you like it " + when
                    + "? As soon as possible, or at a time (say \"at 7pm\")?", List.of("As soon as possible"));
        } else if ("delivery".equals(c.fulfillmentMode()) && c.address() == null) {
            r.ask(new DialogueState.AwaitingAddress(), "What's the delivery address?", List.of());
        } else if (c.customerName() == null) {
            r.ask(new DialogueState.AwaitingName(), "What name should I put on the order?", List.of());
        } else if (c.customerPhone() == null && c.ref().channel() == Channel.WEB) {
            r.ask(new DialogueState.AwaitingPhone(), "And a phone number, in case we need to reach you?", List.of());
        } else {
            readBack(turn);
        }
    }

    static void askForMissingChoice(Turn turn, ItemSelection selection) {
        List<OptionGroup> missing = turn.editor().missingRequired(selection);
        MenuItem item = turn.menu().item(selection.itemId()).orElseThrow();
        if (missing.isEmpty()) {
            return;
        }
        OptionGroup group = missing.get(0);
        List<String> choices = group.options().stream().map(MenuOption::name).toList();
        String itemName = item.name().toLowerCase(java.util.Locale.ROOT);
        String forWhat = selection.quantity() > 1
                ? "your " + selection.quantity() + " " + Phrasing.plural(itemName)
                : "your " + itemName;
        String question = "size".equals(group.id())
                ? "What size would you like for " + forWhat + "? We have " + Phrasing.list(lower(choices)) + "."
                : "Which " + group.name().toLowerCase(java.util.Locale.ROOT) + " would you like for " + forWhat
                        + "? " + Phrasing.list(lower(choices)) + ".";
        turn.reply().ask(new DialogueState.AwaitingChoice(item.id(), group.id()), question,
                choices.subList(0, Math.min(choices.size(), 6)));
    }

    static void readBack(Turn turn) {
        Conversation c = turn.conversation();
        PricedCart priced = turn.pricedCart();
        StringBuilder text = new StringBuilder("Here's your order: ").append(Phrasing.lines(priced.lines()))
                .append(". ").append(Phrasing.totals(priced)).append(' ');
        text.append("delivery".equals(c.fulfillmentMode()) ? "Delivery to " + c.address() : "Pickup");
        text.append(", ").append(Scheduling.describe(turn));
        text.append(", for ").append(c.customerName());
        if (c.customerPhone() != null) {
            text.append(" (").append(c.customerPhone()).append(')');
        }
        text.append(". Shall I place the order?");
        turn.reply().ask(new DialogueState.AwaitingConfirmation(), text.toString(), List.of(PLACE_IT, CHANGE_IT));
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
    }
}
