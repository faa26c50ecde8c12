package io.maitre.menu;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Whether a requested handover time can be met, and if not why, with the nearest times that can (at most one
 * before and one after the request, earliest first; empty when nothing is open in the coming two weeks). Times are
 * in the outlet's zone.
 */
public sealed interface TimeCheck {

    /** The nearest possible times; empty for {@link Possible}. */
    List<ZonedDateTime> alternatives();

    /** The time can be met. */
    record Possible(ZonedDateTime time) implements TimeCheck {
        @Override
        public List<ZonedDateTime> alternatives() {
            return List.of();
        }
    }

    /** The outlet is not open at that time (outside its hours). */
    record OutsideHours(ZonedDateTime requested, List<ZonedDateTime> alternatives) implements TimeCheck {
        public OutsideHours {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** The outlet is closed all that day (a closed date such as a holiday). */
    record ClosedDate(ZonedDateTime requested, LocalDate date, List<ZonedDateTime> alternatives) implements TimeCheck {
        public ClosedDate {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * The time is too soon: before now plus the lead time, or within the lead time after opening.
     *
     * @param earliest the earliest possible time from the request on
     */
    record TooSoon(ZonedDateTime requested, ZonedDateTime earliest, List<ZonedDateTime> alternatives)
            implements TimeCheck {
        public TooSoon {
            alternatives = List.copyOf(alternatives);
        }
    }
}
