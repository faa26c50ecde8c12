package io.maitre.golden;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One conversation file, which may say when it happens ({@code at}, default a Monday at 6 pm in New York): the
 * customer's turns with what the bot must understand and ask, and the
 * cart or order it must end with; optionally the channels it applies to, and the orders the customer's number placed
 * at the outlet before ({@code history}, for texts and calls, where the number is known).
 */
record GoldenConversation(String name, String outlet, OffsetDateTime at, List<String> channels, List<PastOrder> history,
        List<Step> turns, Outcome expect) {

    GoldenConversation {
        turns = turns == null ? List.of() : turns;
        history = history == null ? List.of() : history;
    }

    /** Whether the conversation applies to a channel ({@code web}, {@code sms}, {@code voice}); all when unsaid. */
    boolean appliesTo(String channel) {
        return channels == null || channels.isEmpty() || channels.contains(channel);
    }

    /**
     * One customer message.
     *
     * @param user what the customer types
     * @param intent the intent the bot must understand, when given
     * @param expecting what the bot must wait for after its answer ({@code none} for nothing), when given
     * @param itemId the item the bot's question must be about, when given
     * @param says text (case-insensitive) one of the bot's messages must contain, when given
     * @param silent when true, the bot must answer nothing (staff own the conversation)
     */
    record Step(String user, String intent, String expecting, String itemId, String says, Boolean silent) {
    }

    /**
     * The end state.
     *
     * @param cart the cart lines, when checked
     * @param total the cart's or order's total, when checked
     * @param order the order, when one must have been placed
     * @param escalated whether the conversation must end with staff
     */
    record Outcome(List<Line> cart, String total, Order order, Boolean escalated) {
    }

    /**
     * A line: item, quantity and options written {@code group:id} or {@code group:id:qualifier}. A line of an earlier
     * order whose item is no longer on the menu gives the {@code name} and unit {@code price} it had.
     */
    record Line(String item, int quantity, List<String> options, String name, String price) {
        Line {
            options = options == null ? List.of() : options;
        }
    }

    /**
     * An order for pickup as soon as possible that the customer's number placed before the conversation.
     *
     * @param ago how long before the conversation it was placed
     * @param status its status now; {@code COMPLETED} when not given
     * @param customer the name on it
     * @param lines its lines as they were ordered
     */
    record PastOrder(Duration ago, String status, String customer, List<Line> lines) {
        PastOrder {
            lines = lines == null ? List.of() : lines;
        }
    }

    /** The placed order: status, fulfillment mode, customer name, and its lines. */
    record Order(String status, String fulfillment, String customer, List<Line> lines) {
    }
}
