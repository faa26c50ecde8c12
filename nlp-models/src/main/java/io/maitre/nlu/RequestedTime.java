package io.maitre.nlu;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * When the customer wants the order, as read from what they said: as soon as possible, a clock time on no particular
 * day ("at 7", "7:30pm"), or a day and time ("tomorrow at noon"). A delay ("in 20 minutes") is read as the clock time
 * it comes to. The dialogue decides which day a clock time means and whether the outlet can keep it.
 */
public sealed interface RequestedTime {

    /** The time as the reading writes it in the {@code time} entity: {@code asap}, an ISO local time or date-time. */
    String value();

    /** "As soon as possible", "now", "asap". */
    record AsSoonAsPossible() implements RequestedTime {
        static final String VALUE = "asap";

        @Override
        public String value() {
            return VALUE;
        }
    }

    /**
     * A time of day with no date. An hour from 1 to 12 said without am or pm comes as it was said ({@code 07:15}
     * for "7:15"), so that the dialogue can read it inside the outlet's hours.
     *
     * @param time the time of day
     */
    record ClockTime(LocalTime time) implements RequestedTime {
        public ClockTime {
            Objects.requireNonNull(time, "time");
        }

        /** Whether am or pm is known: an hour after noon, or midnight, cannot be the other half of the day. */
        public boolean halfOfTheDayKnown() {
            return time.getHour() == 0 || time.getHour() > 12;
        }

        @Override
        public String value() {
            return time.toString();
        }
    }

    /**
     * A day and a time of day.
     *
     * @param at the local date and time, in the outlet's zone
     */
    record DateAndTime(LocalDateTime at) implements RequestedTime {
        public DateAndTime {
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String value() {
            return at.toString();
        }
    }

    /** Reads a {@code time} entity's value; empty when it is none of the three forms. */
    static Optional<RequestedTime> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (AsSoonAsPossible.VALUE.equals(value)) {
            return Optional.of(new AsSoonAsPossible());
        }
        try {
            return Optional.of(value.contains("T") ? new DateAndTime(LocalDateTime.parse(value))
                    : new ClockTime(LocalTime.parse(value)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
