package io.maitre.menu;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The times an outlet can hand orders over in one way (pickup or delivery): its opening hours and the lead time
 * of that way. An order can be ready at a time {@code t} when {@code t} is at least the lead time after both now and
 * the opening of the period it falls in, and not after that period closes. Possible times are offered on the
 * five-minute mark. Every method is pure: the present comes from the {@link Clock} passed in, and results are in
 * the outlet's zone.
 */
public final class Timetable {

    private static final long STEP_MINUTES = 5;

    private final ZoneId zone;
    private final OpeningHours hours;
    private final LeadTime lead;

    public Timetable(ZoneId zone, OpeningHours hours, LeadTime lead) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.lead = Objects.requireNonNull(lead, "lead");
    }

    public ZoneId zone() {
        return zone;
    }

    public LeadTime lead() {
        return lead;
    }

    /** Whether the outlet is open now. */
    public boolean isOpen(Clock clock) {
        return hours.periodAt(clock.instant(), zone).isPresent();
    }

    /** When the outlet next opens after now (not the period it is in now); empty when not within two weeks. */
    public Optional<ZonedDateTime> nextOpening(Clock clock) {
        Instant now = clock.instant();
        return hours.periods(now, zone, OpeningHours.SEARCH_DAYS).stream()
                .map(OpenPeriod::opens)
                .filter(opens -> opens.toInstant().isAfter(now))
                .findFirst();
    }

    /**
     * The earliest time an order of this many items can be ready: now plus the lead time while open, or the next
     * opening plus the lead time; empty when nothing opens within two weeks.
     */
    public Optional<ZonedDateTime> earliest(int itemCount, Clock clock) {
        return windows(itemCount, clock.instant(), OpeningHours.SEARCH_DAYS).stream().findFirst().map(Window::start);
    }

    /**
     * "As soon as possible" while the outlet is open: now plus the lead time, when that is before it closes;
     * empty when it is closed now or the order could not be ready before closing.
     */
    public Optional<ZonedDateTime> asSoonAsPossible(int itemCount, Clock clock) {
        Instant now = clock.instant();
        Optional<OpenPeriod> current = hours.periodAt(now, zone);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Instant closes = current.get().closes().toInstant();
        return windows(itemCount, now, 1).stream()
                .findFirst()
                .filter(window -> window.end().toInstant().equals(closes))
                .map(Window::start);
    }

    /**
     * When an order of this many items placed at {@code placedAt} for as soon as possible is expected: the placement
     * plus the lead time, on the five-minute mark, as {@link #asSoonAsPossible} promised it then.
     */
    public ZonedDateTime readyAfter(Instant placedAt, int itemCount) {
        return onTheMark(placedAt.plus(lead.forItems(itemCount)).atZone(zone));
    }

    /** Whether an order of this many items can be ready at the requested time, and if not why and when else. */
    public TimeCheck check(ZonedDateTime requested, int itemCount, Clock clock) {
        Instant now = clock.instant();
        Instant wanted = requested.toInstant();
        ZonedDateTime local = requested.withZoneSameInstant(zone);
        long daysAhead = Math.max(0, Duration.between(now, wanted).toDays());
        List<Window> windows = windows(itemCount, now, (int) Math.max(OpeningHours.SEARCH_DAYS, daysAhead + 2));
        for (Window window : windows) {
            if (window.contains(wanted)) {
                return new TimeCheck.Possible(local);
            }
        }
        List<ZonedDateTime> alternatives = new ArrayList<>();
        Window before = null;
        Window after = null;
        for (Window window : windows) {
            if (window.end().toInstant().isBefore(wanted)) {
                before = window;
            } else if (after == null && window.start().toInstant().isAfter(wanted)) {
                after = window;
            }
        }
        if (before != null) {
            alternatives.add(before.end());
        }
        if (after != null) {
            alternatives.add(after.start());
        }
        if (hours.periodAt(wanted, zone).isPresent() || (wanted.isBefore(now) && after != null)) {
            ZonedDateTime earliest = after == null ? null : after.start();
            return new TimeCheck.TooSoon(local, earliest, after == null ? alternatives : List.of(after.start()));
        }
        if (hours.isClosedDate(local.toLocalDate())) {
            return new TimeCheck.ClosedDate(local, local.toLocalDate(), alternatives);
        }
        return new TimeCheck.OutsideHours(local, alternatives);
    }

    /**
     * Reads a clock time said without a date, and perhaps without am/pm ("7:15"), as the customer most likely meant
     * it: of the readings today and tomorrow that are still ahead, the first inside the opening hours, else the
     * first. The result may still be too soon; {@link #check} explains it.
     *
     * @param meridiemSaid whether the customer said am or pm (or used a 24-hour time); when not, 1:00 to 12:59 may
     *                     be morning or evening
     */
    public ZonedDateTime resolve(LocalTime said, boolean meridiemSaid, Clock clock) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        List<LocalTime> readings = new ArrayList<>();
        readings.add(said);
        if (!meridiemSaid && said.getHour() >= 1 && said.getHour() <= 12) {
            readings.add(said.getHour() == 12 ? said.withHour(0) : said.plusHours(12));
        }
        List<ZonedDateTime> candidates = new ArrayList<>();
        for (LocalDate date : List.of(today, today.plusDays(1))) {
            for (LocalTime time : readings) {
                ZonedDateTime candidate = ZonedDateTime.of(date, time, zone);
                if (!candidate.toInstant().isBefore(now)) {
                    candidates.add(candidate);
                }
            }
        }
        candidates.sort(Comparator.comparing(ZonedDateTime::toInstant));
        return candidates.stream()
                .filter(candidate -> hours.periodAt(candidate.toInstant(), zone).isPresent())
                .findFirst()
                .orElse(candidates.get(0));
    }

    private List<Window> windows(int itemCount, Instant now, int days) {
        Duration needed = lead.forItems(itemCount);
        List<Window> windows = new ArrayList<>();
        for (OpenPeriod period : hours.periods(now, zone, days)) {
            Instant from = period.opens().toInstant().isAfter(now) ? period.opens().toInstant() : now;
            ZonedDateTime start = onTheMark(from.plus(needed).atZone(zone));
            if (!start.isAfter(period.closes())) {
                windows.add(new Window(start, period.closes()));
            }
        }
        return windows;
    }

    /** Rounds up to the next five-minute mark of the local clock (19:02:10 → 19:05). */
    private static ZonedDateTime onTheMark(ZonedDateTime time) {
        ZonedDateTime minute = time.truncatedTo(ChronoUnit.MINUTES);
        if (minute.isBefore(time)) {
            minute = minute.plusMinutes(1);
        }
        long over = minute.getMinute() % STEP_MINUTES;
        return over == 0 ? minute : minute.plusMinutes(STEP_MINUTES - over);
    }

    /** Times from {@code start} to {@code end}, both included, at which an order can be ready. */
    private record Window(ZonedDateTime start, ZonedDateTime end) {

        boolean contains(Instant instant) {
            return !instant.isBefore(start.toInstant()) && !instant.isAfter(end.toInstant());
        }
    }
}
