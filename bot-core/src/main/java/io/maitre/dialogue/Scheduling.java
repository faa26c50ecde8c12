package io.maitre.dialogue;

import io.maitre.cart.CartLine;
import io.maitre.cart.ItemSelection;
import io.maitre.conversation.Conversation;
import io.maitre.conversation.DialogueState;
import io.maitre.menu.Menu;
import io.maitre.menu.TimeCheck;
import io.maitre.menu.Timetable;
import io.maitre.nlu.RequestedTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times as the outlet can keep them: "as soon as possible" is now plus the lead time, a clock time said without am
 * or pm is read inside the opening hours, and a time the outlet cannot keep is explained with the nearest times it
 * can. Every time is said in the outlet's zone.
 */
final class Scheduling {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US);

    private Scheduling() {
    }

    /**
     * Takes the time the customer gave when the outlet can keep it; otherwise says why and asks again with the nearest
     * possible times as choices. A clock time without am or pm is read inside the outlet's hours.
     *
     * @return whether the time was kept
     */
    static boolean take(Turn turn, RequestedTime wanted) {
        Conversation c = turn.conversation();
        Timetable timetable = timetable(turn);
        Clock clock = turn.clock();
        int items = items(c);
        if (wanted instanceof RequestedTime.AsSoonAsPossible) {
            if (timetable.asSoonAsPossible(items, clock).isPresent()) {
                c.fulfillmentTime(Times.ASAP);
                return true;
            }
            Optional<ZonedDateTime> earliest = timetable.earliest(items, clock);
            String why = timetable.isOpen(clock) ? "It's too close to closing time to have it ready today."
                    : "We're closed right now.";
            offer(turn, why + earliest.map(e -> " The earliest I can have it ready is " + spoken(e, clock) + ".")
                    .orElse(" We're not open in the next two weeks, sorry."), earliest.map(List::of).orElse(List.of()));
            return false;
        }
        ZonedDateTime requested;
        if (wanted instanceof RequestedTime.ClockTime said) {
            requested = timetable.resolve(said.time(), said.halfOfTheDayKnown(), clock);
        } else if (wanted instanceof RequestedTime.DateAndTime at) {
            requested = at.at().atZone(timetable.zone());
        } else {
            return false;
        }
        TimeCheck check = timetable.check(requested, items, clock);
        if (check instanceof TimeCheck.Possible possible) {
            c.fulfillmentTime(possible.time().toLocalDateTime().toString());
            return true;
        }
        offer(turn, explain(check, turn.menu(), clock), check.alternatives());
        return false;
    }

    /** Why the outlet cannot keep a time, in words: closed then, on a closed date, or too soon. */
    static String explain(TimeCheck check, Menu menu, Clock clock) {
        String nearest = check.alternatives().isEmpty() ? ""
                : " The nearest " + (check.alternatives().size() == 1 ? "time I can do is " : "times I can do are ")
                        + Phrasing.list(check.alternatives().stream().map(t -> spoken(t, clock)).toList())
                                .replace(" and ", " or ") + ".";
        if (check instanceof TimeCheck.TooSoon soon) {
            return "That's a little too soon." + (soon.earliest() == null ? nearest
                    : " The earliest I can have it ready is " + spoken(soon.earliest(), clock) + ".");
        }
        if (check instanceof TimeCheck.ClosedDate closed) {
            return "Sorry, we're closed on " + closed.date().format(DAY) + "." + nearest;
        }
        TimeCheck.OutsideHours outside = (TimeCheck.OutsideHours) check;
        return "Sorry, we're not open " + spoken(outside.requested(), clock) + ". Our hours are "
                + menu.rules().hours().describe() + "." + nearest;
    }

    /** What the read-back says of the time: "ready at about 7:20 PM today", "at 7:30 PM tomorrow". */
    static String describe(Turn turn) {
        Conversation c = turn.conversation();
        String value = c.fulfillmentTime();
        if (Times.ASAP.equals(value)) {
            String ready = "delivery".equals(c.fulfillmentMode()) ? "at your door at about " : "ready at about ";
            return timetable(turn).asSoonAsPossible(items(c), turn.clock())
                    .map(t -> "as soon as possible, " + ready + spoken(t, turn.clock()))
                    .orElse("as soon as possible");
        }
        return Times.describe(value, turn.menu().zone(), turn.clock());
    }

    /**
     * How long the order being built would take, for "how long will it take?" before it is placed: its own time when
     * one was given, else as soon as possible for pickup or delivery as chosen (pickup when not yet).
     */
    static String estimate(Turn turn) {
        Conversation c = turn.conversation();
        if (c.fulfillmentTime() != null && !Times.ASAP.equals(c.fulfillmentTime())) {
            return "Once you place it, your order will be ready " + describe(turn) + ".";
        }
        String ready = "delivery".equals(c.fulfillmentMode()) ? "at your door at about " : "ready for pickup at about ";
        Timetable timetable = timetable(turn);
        return timetable.asSoonAsPossible(items(c), turn.clock())
                .map(t -> "If you place it now, it'll be " + ready + spoken(t, turn.clock()) + ".")
                .or(() -> timetable.earliest(items(c), turn.clock())
                        .map(t -> "We're closed right now; the earliest it could be " + ready.replace(" about ", " ")
                                + spoken(t, turn.clock()) + "."))
                .orElse("Sorry, we aren't taking orders for any time soon.");
    }

    /** A note for the greeting while the outlet is closed: when it opens, and that orders for later are welcome. */
    static Optional<String> closedNote(Menu menu, Clock clock) {
        if (menu.rules().isOpen(clock)) {
            return Optional.empty();
        }
        return Optional.of(menu.rules().nextOpening(clock)
                .map(t -> "We're closed right now and open again " + spoken(t, clock)
                        + "; you can order now for later.")
                .orElse("We're closed right now."));
    }

    /** "7:20 PM today", "11:00 AM tomorrow", "12:00 PM on Friday, December 11". */
    static String spoken(ZonedDateTime time, Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(time.getZone()));
        LocalDate day = time.toLocalDate();
        String when = day.equals(today) ? "today" : day.equals(today.plusDays(1)) ? "tomorrow"
                : "on " + day.format(DAY);
        return time.format(CLOCK_TIME) + " " + when;
    }

    private static void offer(Turn turn, String text, List<ZonedDateTime> times) {
        List<String> choices = new ArrayList<>();
        times.forEach(t -> choices.add(spoken(t, turn.clock())));
        turn.reply().ask(new DialogueState.AwaitingTime(), text + " What time would suit you?", choices);
    }

    private static Timetable timetable(Turn turn) {
        Menu menu = turn.menu();
        return "delivery".equals(turn.conversation().fulfillmentMode())
                ? menu.rules().delivery().orElse(menu.rules().pickup()) : menu.rules().pickup();
    }

    private static int items(Conversation c) {
        return c.cart().lines().stream().mapToInt(CartLine::quantity).sum()
                + c.pending().stream().mapToInt(ItemSelection::quantity).sum();
    }
}
