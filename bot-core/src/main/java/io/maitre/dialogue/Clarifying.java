package io.maitre.dialogue;

import static java.util.Map.entry;

import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.nlu.Intent;
import io.maitre.nlu.IntentGuess;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the bot asks when it is not sure what a message means. When the reading weighed two intents that a choice can
 * tell apart ("Did you want to cancel your order, or to know where it is?"), both are offered as quick replies,
 * each worded so that it reads as its intent when sent; otherwise the bot says what the customer can do.
 */
final class Clarifying {

    /** How likely the second intent must be for the bot to offer it beside the first. */
    static final double OFFERED_FROM = 0.15;

    /**
     * An intent as the bot offers it.
     *
     * @param wants what the customer would want, after "Did you want to"
     * @param reply the quick reply that asks for it
     */
    record Offer(String wants, String reply) {
    }

    /** The intents a quick reply can carry out alone; changes and removals need to know which line. */
    static final Map<Intent, Offer> OFFERS = Map.ofEntries(
            entry(Intent.ORDER_CANCEL, new Offer("cancel your order", "Cancel my order")),
            entry(Intent.ORDER_STATUS, new Offer("know where your order is", "Where is my order?")),
            entry(Intent.ORDER_REVIEW, new Offer("hear what's in your order", "What's in my order?")),
            entry(Intent.ORDER_DONE, new Offer("finish your order", "That's all for my order")),
            entry(Intent.ORDER_REORDER, new Offer("order the same as last time", "Same as last time")),
            entry(Intent.MENU_ASK, new Offer("hear what's on the menu", "What's on the menu?")),
            entry(Intent.STORE_INFO, new Offer("know our hours and address", "When are you open?")),
            entry(Intent.HUMAN_HANDOFF, new Offer("talk to a person", "Talk to a person")),
            entry(Intent.HELP, new Offer("know how this works", "How does this work?")),
            entry(Intent.COMPLAINT, new Offer("tell us about a problem", "I have a complaint")));

    private Clarifying() {
    }

    /** Asks what the message meant, in the state the conversation waits in (or for items). */
    static void ask(Turn turn) {
        Conversation c = turn.conversation();
        DialogueState waiting = c.state().asks() ? c.state() : new DialogueState.TakingItems();
        Optional<List<Offer>> choice = choice(turn.heard().ranked());
        if (choice.isPresent()) {
            Offer first = choice.get().get(0);
            Offer second = choice.get().get(1);
            turn.reply().ask(waiting, "Sorry, I'm not sure what you mean. Did you want to " + first.wants()
                    + ", or to " + second.wants() + "?", List.of(first.reply(), second.reply()));
            return;
        }
        turn.reply().ask(waiting, "Sorry, I'm not sure what you mean. You can tell me what you'd like to order, ask "
                + "about the menu or your order, or ask for a person.",
                List.of("What's on the menu?", "What's in my order?", "Talk to a person"));
    }

    /** The two most likely intents, when both can be offered and the second is likely enough. */
    static Optional<List<Offer>> choice(List<IntentGuess> ranked) {
        if (ranked.size() < 2 || ranked.get(1).confidence() < OFFERED_FROM) {
            return Optional.empty();
        }
        Offer first = OFFERS.get(ranked.get(0).intent());
        Offer second = OFFERS.get(ranked.get(1).intent());
        return first == null || second == null ? Optional.empty() : Optional.of(List.of(first, second));
    }
}
