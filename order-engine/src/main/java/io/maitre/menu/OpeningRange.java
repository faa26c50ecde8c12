package io.maitre.menu;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One span of opening hours within a day, e.g. 11:00–22:00. A range whose closing time is not after its opening
 * time runs past midnight into the next day (18:00–02:00); 00:00–00:00 is open round the clock.
 */
public record OpeningRange(LocalTime opens, LocalTime closes) {

    public OpeningRange {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
    }

    /**
     * Reads {@code "11:00-22:00"}; {@code 24:00} may be written for a closing at midnight.
     *
     * @throws InvalidMenu when the text is not two times joined by a dash
     */
    public static OpeningRange parse(String text) {
        String[] parts = text == null ? new String[0] : text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new InvalidMenu("opening range '" + text + "' is not written like 11:00-22:00");
        }
        return new OpeningRange(time(parts[0], text), time(parts[1], text));
    }

    /** True when the range ends on the next day. */
    public boolean pastMidnight() {
        return !closes.isAfter(opens);
    }

    private static LocalTime time(String part, String text) {
        if (part.equals("24:00")) {
            return LocalTime.MIDNIGHT;
        }
        try {
            return LocalTime.parse(part.length() == 4 ? "0" + part : part);
        } catch (DateTimeParseException e) {
            throw new InvalidMenu("opening range '" + text + "': '" + part + "' is not a time like 09:30");
        }
    }

    @Override
    public String toString() {
        return opens + "-" + (closes.equals(LocalTime.MIDNIGHT) ? "24:00" : closes.toString());
    }
}
