package io.maitre.staff;

import io.maitre.cart.CartPricing;
import io.maitre.cart.PricedCart;
import io.maitre.cart.PricedLine;
import io.maitre.cart.PricedOption;
import io.maitre.channel.TranscriptEntry;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.Menu;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the console's list.
 *
 * @param owner {@code bot}, or the username of the member of staff who took over; {@code null} while handed off
 *        and waiting for someone
 * @param handedOff whether staff own it or are asked to (the bot says nothing)
 * @param reason why the bot handed it off, or {@code null}
 * @param state where the conversation stands, e.g. {@code awaiting_time}, {@code owned_by_staff}
 * @param cart the lines as the customer would read them
 * @param waitingSeconds how long the customer has waited: for staff since the hand-off while nobody took it over,
 *        otherwise since their last message if nobody answered it yet; {@code 0} when answered
 * @param closedBy who closed it, or {@code null}
 * @param zone the outlet's time zone, in which the console shows times
 */
public record ConversationSummary(String key, String channel, String outletId, String owner, boolean handedOff,
        String reason, String since, String state, List<String> cart, String total, String currency,
        long waitingSeconds, String updatedAt, String lastMessage, String closedBy, String zone) {

    static ConversationSummary of(Conversation c, Menu menu, Board.Closure closure, Instant now) {
        DialogueState state = c.state();
        String owner = "bot";
        String reason = null;
        String since = null;
        if (state instanceof DialogueState.OwnedByStaff owned) {
            owner = owned.staffMember();
            reason = owned.reason();
            since = owned.since() == null ? null : owned.since().toString();
        }
        PricedCart priced = CartPricing.price(c.cart(), menu, "delivery".equals(c.fulfillmentMode()));
        List<TranscriptEntry> transcript = c.transcript();
        TranscriptEntry last = transcript.isEmpty() ? null : transcript.get(transcript.size() - 1);
        long waiting = last != null && "customer".equals(last.from()) && last.at() != null
                ? Math.max(0, Duration.between(last.at(), now).toSeconds()) : 0;
        if (state instanceof DialogueState.OwnedByStaff owned && owned.staffMember() == null && owned.since() != null) {
            waiting = Math.max(waiting, Duration.between(owned.since(), now).toSeconds());
        }
        return new ConversationSummary(c.key(), c.ref().channel().name().toLowerCase(Locale.ROOT), c.outletId(),
                owner, c.escalated(), reason, since, stateName(state),
                priced.lines().stream().map(ConversationSummary::line).toList(), priced.total().toString(),
                priced.total().currency().getCurrencyCode(), waiting,
                c.updatedAt() == null ? null : c.updatedAt().toString(), last == null ? null : last.text(),
                closure == null ? null : closure.by(), menu.zone().getId());
    }

    static String line(PricedLine line) {
        String options = line.options().stream().map(PricedOption::name).collect(Collectors.joining(", "));
        return line.line().quantity() + " × " + line.name() + (options.isEmpty() ? "" : " (" + options + ")");
    }

    static String stateName(DialogueState state) {
        return state.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
