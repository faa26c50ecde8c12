package io.maitre.menu;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When an outlet is open: ranges per weekday (several a day, past midnight allowed) and dates it stays closed.
 * A range belongs to the day it opens on: Saturday's 18:00–02:00 still serves at 1am on Sunday, and a closed date
 * drops only the ranges that open on it. Wall-clock times are read in the outlet's zone, so a daylight-saving change
 * shortens or lengthens the period it falls in.
 */
public final class OpeningHours {

    /** How far ahead {@link #periods} and the searches built on it look; a week covers any weekly schedule. */
    static final int SEARCH_DAYS = 15;

    private final Map<DayOfWeek, List<OpeningRange>> weekly;
    private final Set<LocalDate> closedDates;

    /** @throws InvalidMenu when no day has any range, or two ranges of a day overlap */
    public OpeningHours(Map<DayOfWeek, List<OpeningRange>> weekly, Set<LocalDate> closedDates) {
        Map<DayOfWeek, List<OpeningRange>> copy = new EnumMap<>(DayOfWeek.class);
        weekly.forEach((day, ranges) -> {
            List<OpeningRange> sorted = new ArrayList<>(ranges);
            sorted.sort(Comparator.comparing(OpeningRange::opens));
            for (int i = 1; i < sorted.size(); i++) {
                OpeningRange before = sorted.get(i - 1);
                if (before.pastMidnight() || before.closes().isAfter(sorted.get(i).opens())) {
                    throw new InvalidMenu("hours." + day.name().toLowerCase(Locale.ROOT) + ": ranges " + before
                            + " and " + sorted.get(i) + " overlap");
                }
            }
            if (!sorted.isEmpty()) {
                copy.put(day, List.copyOf(sorted));
            }
        });
        if (copy.isEmpty()) {
            throw new InvalidMenu("hours: no day has opening hours");
        }
        this.weekly = Map.copyOf(copy);
        this.closedDates = Set.copyOf(new TreeSet<>(closedDates));
    }

    /** The ranges of one weekday, earliest first; empty when closed that day. */
    public List<OpeningRange> ranges(DayOfWeek day) {
        return weekly.getOrDefault(day, List.of());
    }

    public Set<LocalDate> closedDates() {
        return closedDates;
    }

    public boolean isClosedDate(LocalDate date) {
        return closedDates.contains(date);
    }

    /**
     * The open periods that overlap [{@code from}, {@code from} + days), earliest first, touching ones merged
     * (Saturday until 02:00 followed by Sunday from 00:00 is one period).
     */
    public List<OpenPeriod> periods(Instant from, ZoneId zone, int days) {
        LocalDate start = from.atZone(zone).toLocalDate().minusDays(1);
        List<OpenPeriod> raw = new ArrayList<>();
        for (LocalDate date = start; date.isBefore(start.plusDays(days + 1L)); date = date.plusDays(1)) {
            if (closedDates.contains(date)) {
                continue;
            }
            for (OpeningRange range : ranges(date.getDayOfWeek())) {
                ZonedDateTime opens = ZonedDateTime.of(date, range.opens(), zone);
                ZonedDateTime closes = ZonedDateTime.of(range.pastMidnight() ? date.plusDays(1) : date,
                        range.closes(), zone);
                if (closes.toInstant().isAfter(from)) {
                    raw.add(new OpenPeriod(opens, closes));
                }
            }
        }
        raw.sort(Comparator.comparing(period -> period.opens().toInstant()));
        List<OpenPeriod> merged = new ArrayList<>();
        for (OpenPeriod period : raw) {
            OpenPeriod last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !period.opens().toInstant().isAfter(last.closes().toInstant())) {
                ZonedDateTime closes = period.closes().isAfter(last.closes()) ? period.closes() : last.closes();
                merged.set(merged.size() - 1, new OpenPeriod(last.opens(), closes));
            } else {
                merged.add(period);
            }
        }
        return merged;
    }

    /** The period open at the instant, if any. */
    public Optional<OpenPeriod> periodAt(Instant instant, ZoneId zone) {
        return periods(instant, zone, 1).stream().filter(period -> period.contains(instant)).findFirst();
    }

    /**
     * The hours in words for customers, consecutive days with the same hours joined, e.g.
     * {@code "Mon-Thu 11am-10pm, Fri-Sat 11am-11pm, Sun 12pm-9pm"}.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            int j = i;
            while (j + 1 < days.length && ranges(days[j + 1]).equals(ranges(days[i]))) {
                j++;
            }
            if (!ranges(days[i]).isEmpty()) {
                String when = day(days[i]) + (j > i ? "-" + day(days[j]) : "");
                parts.add(when + " " + String.join(" and ", ranges(days[i]).stream().map(OpeningHours::words).toList()));
            }
            i = j + 1;
        }
        return String.join(", ", parts);
    }

    private static String day(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static String words(OpeningRange range) {
        return clock(range.opens()) + "-" + clock(range.closes());
    }

    /** 11:00 → "11am", 21:30 → "9:30pm", 00:00 → "12am". */
    static String clock(LocalTime time) {
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : ":%02d".formatted(time.getMinute());
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }
}
