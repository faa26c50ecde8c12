package io.maitre.dialogue;

import io.maitre.conversation.Conversation;
import io.maitre.nlu.Intent;
import io.maitre.nlu.Interpretation;
import io.maitre.nlu.RequestedTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Gathering pickup or delivery, time, address, name and phone. */
final class CheckoutActs {

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}'. -]{0,58}[\\p{L}.]|[\\p{L}]");
    private static final Pattern NAME_LEAD = Pattern.compile(
            "^(?:(?:my )?name(?:'s| is)?|it'?s|it is|this is|i'?m|i am|call me|under|put it under)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_ADDRESS = 200;

    private CheckoutActs() {
    }

    /** Takes any fulfillment details the message carries; true when it carried some. */
    static boolean takeFulfillment(Turn turn) {
        Conversation c = turn.conversation();
        Interpretation heard = turn.heard();
        boolean took = false;
        Optional<String> mode = heard.entity("fulfillment");
        if (mode.isPresent()) {
            if ("delivery".equals(mode.get()) && !turn.menu().info().delivers()) {
                turn.reply().say("Sorry, we don't deliver; orders are for pickup.");
                c.fulfillmentMode("pickup");
            } else {
                c.fulfillmentMode(mode.get());
            }
            took = true;
        }
        Optional<RequestedTime> time = heard.time();
        if (time.isPresent()) {
            Scheduling.take(turn, time.get());
            took = true;
        }
        Optional<String> address = heard.entity("address").map(String::strip).filter(a -> !a.isEmpty());
        if (address.isPresent() && !"pickup".equals(c.fulfillmentMode())) {
            if (c.fulfillmentMode() == null && turn.menu().info().delivers()) {
                // an address given when asked "pickup or delivery?" (or after one outside the area) means delivery
                c.fulfillmentMode("delivery");
            }
            DeliveryActs.takeAddress(turn, truncate(address.get()));
            took = true;
        }
        if (mode.filter("delivery"::equals).isPresent() && "delivery".equals(c.fulfillmentMode())) {
            DeliveryActs.checkMinimum(turn);
        }
        return took;
    }

    static boolean answerTime(Turn turn) {
        Conversation.Progress before = turn.conversation().progress();
        if (takeFulfillment(turn) && (turn.conversation().fulfillmentTime() != null || turn.reply().asked()
                || !turn.conversation().progress().equals(before))) {
            // another detail given instead of the time (an address) is kept, and the time asked again without blame
            return true;
        }
        turn.reply().say("Sorry, I didn't get the time. You can say \"as soon as possible\" or a time like \"7:30pm\".");
        return false;
    }

    static boolean answerAddress(Turn turn) {
        Conversation.Progress before = turn.conversation().progress();
        if (takeFulfillment(turn) && (turn.conversation().address() != null
                || !turn.conversation().progress().equals(before))) {
            // a time given instead of the address ("eight pm") is kept, not taken for the address
            return true;
        }
        Intent intent = turn.heard().intent();
        String text = turn.heard().text().strip();
        if ((intent == Intent.OUT_OF_SCOPE || intent == Intent.FULFILLMENT_SET) && text.length() >= 5
                && text.chars().anyMatch(Character::isLetter)) {
            DeliveryActs.takeAddress(turn, truncate(text));
            return true;
        }
        return false;
    }

    static boolean answerName(Turn turn) {
        Optional<String> name = turn.heard().entity("name").or(() -> plausibleName(turn));
        if (name.isPresent() && NAME.matcher(name.get()).matches()) {
            turn.conversation().customerName(capitalize(name.get()));
            return true;
        }
        return false;
    }

    static boolean answerPhone(Turn turn) {
        Optional<String> phone = turn.heard().entity("phone");
        if (phone.isPresent()) {
            turn.conversation().customerPhone(phone.get());
            return true;
        }
        String digits = turn.heard().text().replaceAll("[^0-9+]", "");
        if (digits.replace("+", "").length() >= 7 && digits.replace("+", "").length() <= 15
                && turn.heard().text().matches("[0-9+().\\s-]+")) {
            turn.conversation().customerPhone(digits);
            return true;
        }
        turn.reply().say("Sorry, that doesn't look like a phone number. Please type it with digits, like 555 123 4567.");
        return false;
    }

    private static Optional<String> plausibleName(Turn turn) {
        Intent intent = turn.heard().intent();
        if (intent != Intent.OUT_OF_SCOPE && intent != Intent.GREET && intent != Intent.AFFIRM) {
            return Optional.empty();
        }
        String text = NAME_LEAD.matcher(turn.heard().text().strip()).replaceFirst("").strip();
        text = text.replaceAll("[.!]+$", "");
        return text.isEmpty() || text.split("\\s+").length > 4 ? Optional.empty() : Optional.of(text);
    }

    private static String capitalize(String name) {
        StringBuilder out = new StringBuilder();
        for (String part : name.strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return out.toString();
    }

    private static String truncate(String text) {
        return text.length() <= MAX_ADDRESS ? text : text.substring(0, MAX_ADDRESS);
    }
}
