package io.maitre.nlu.corenlp;

import edu.stanford.nlp.time.SUTime;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what SUTime found into a {@link TimeMention}. SUTime is given the turn's date without a time of day (given a
 * time of day it reads "tomorrow" as this time tomorrow), so this class adds delays ("in 20 minutes", kept a
 * duration by our rules) to the present instant itself, and reads a clock hour said without am or pm the way a
 * restaurant would: today its next occurrence ("at 6" at noon is 18:00), another day 1 to 10 o'clock as evening and
 * 11 as morning ("tomorrow at 7" is 19:00). Anything else SUTime finds (a date alone, "tonight" alone, a bare
 * duration, a set) is not a point in time to order for and is dropped.
 */
final class TimeResolver {

    private static final Pattern LOCAL_DATE_TIME =
        Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?");
    private static final String PRESENT = "PRESENT_REF";
    /** SUTime reads "currently" or "present" as the present too; only these mean as soon as possible. */
    private static final Pattern ASAP_WORDS =
        Pattern.compile("\\b(?:asap|a\\.s\\.a\\.p|as soon as|right away|immediately|now)\\b", Pattern.CASE_INSENSITIVE);
    /** A duration is a delay only when said as one; "it took 2 hours" is not a time to order for. */
    private static final Pattern DELAY_WORDS =
        Pattern.compile("^(?:in|within)\\b|\\b(?:from now|later|hence)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MERIDIEM_WORDS = Pattern.compile(
        "(?:\\d\\s*|\\b)[ap]\\.?m\\b|\\b(?:morning|noon|midday|afternoon|evening|night|tonight|tonite|midnight)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final int LAST_EVENING_HOUR = 10;
    private static final int HALF_DAY = 12;

    private TimeResolver() {
    }

    static Optional<TimeMention> resolve(String text, int begin, int end, SUTime.Temporal temporal,
            ZonedDateTime now) {
        String value = temporal.getTimexValue();
        if (value == null) {
            return Optional.empty();
        }
        if (PRESENT.equals(value)) {
            return ASAP_WORDS.matcher(text).find()
                ? Optional.of(new TimeMention(text, begin, end, null, true))
                : Optional.empty();
        }
        if (temporal.getTimexType() == SUTime.TimexType.DURATION) {
            return delay(value, text).map(delay -> new TimeMention(text, begin, end, now.plus(delay), false));
        }
        return clockTime(value).map(said -> MERIDIEM_WORDS.matcher(text).find() ? said : withMeridiem(said, now))
            .map(said -> new TimeMention(text, begin, end, said.atZone(now.getZone()), false));
    }

    private static Optional<Duration> delay(String value, String text) {
        if (!DELAY_WORDS.matcher(text.strip()).find()) {
            return Optional.empty();
        }
        try {
            Duration delay = Duration.parse(value);
            return delay.isNegative() || delay.isZero() ? Optional.empty() : Optional.of(delay);
        } catch (DateTimeException inexactOrInMonths) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDateTime> clockTime(String value) {
        Matcher m = LOCAL_DATE_TIME.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6))));
        } catch (DateTimeException outOfRange) {
            return Optional.empty();
        }
    }

    private static LocalDateTime withMeridiem(LocalDateTime said, ZonedDateTime now) {
        int hour = said.getHour();
        if (hour < 1 || hour >= HALF_DAY) {
            return said;
        }
        LocalDateTime present = now.toLocalDateTime();
        if (said.toLocalDate().equals(present.toLocalDate())) {
            LocalDateTime next = said;
            while (next.isBefore(present)) {
                next = next.plusHours(HALF_DAY);
            }
            return next;
        }
        return hour <= LAST_EVENING_HOUR ? said.plusHours(HALF_DAY) : said;
    }
}
