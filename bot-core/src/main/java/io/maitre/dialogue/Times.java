package io.maitre.dialogue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * Promised times as the conversation keeps them ({@code asap}, or the ISO local date-time the outlet can keep, which
 * {@link Scheduling} settled from the customer's typed {@code RequestedTime}) resolved in the outlet's time zone.
 */
final class Times {

    static final String ASAP = "asap";
    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private Times() {
    }

    /** The moment meant, or empty for as soon as possible; a clock time already past today means tomorrow. */
    static Optional<OffsetDateTime> resolve(String value, ZoneId zone, Clock clock) {
        if (value == null || ASAP.equals(value)) {
            return Optional.empty();
        }
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        try {
            if (value.contains("T")) {
                return Optional.of(LocalDateTime.parse(value).atZone(zone).toOffsetDateTime());
            }
            LocalTime time = LocalTime.parse(value);
            LocalDate day = time.isBefore(now.toLocalTime()) ? now.toLocalDate().plusDays(1) : now.toLocalDate();
            return Optional.of(time.atDate(day).atZone(zone).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static String describe(String value, ZoneId zone, Clock clock) {
        return resolve(value, zone, clock).map(t -> describe(t, zone, clock)).orElse("as soon as possible");
    }

    static String describe(OffsetDateTime time, ZoneId zone, Clock clock) {
        ZonedDateTime at = time.atZoneSameInstant(zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String day = at.toLocalDate().equals(today) ? "today"
                : at.toLocalDate().equals(today.plusDays(1)) ? "tomorrow"
                        : at.toLocalDate().format(DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US));
        return "at " + at.format(SPOKEN) + " " + day;
    }
}
