package io.maitre.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The outlet's clock with a fixed {@link Clock}: a New York place open Monday to Thursday 11:00–22:00, Friday
 * 11:00–15:00 and 17:00–02:00, Saturday 12:00–02:00, closed on Sundays and on Christmas 2026 (a Friday); pickup
 * takes 15 minutes plus 5 for every further 4 items.
 */
class TimetableTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final OpeningHours HOURS = new OpeningHours(Map.of(
            DayOfWeek.MONDAY, List.of(OpeningRange.parse("11:00-22:00")),
            DayOfWeek.TUESDAY, List.of(OpeningRange.parse("11:00-22:00")),
            DayOfWeek.WEDNESDAY, List.of(OpeningRange.parse("11:00-22:00")),
            DayOfWeek.THURSDAY, List.of(OpeningRange.parse("11:00-22:00")),
            DayOfWeek.FRIDAY, List.of(OpeningRange.parse("17:00-02:00"), OpeningRange.parse("11:00-15:00")),
            DayOfWeek.SATURDAY, List.of(OpeningRange.parse("12:00-02:00"))),
            Set.of(LocalDate.of(2026, 12, 25)));

    private final Timetable pickup = new Timetable(NEW_YORK, HOURS,
            new LeadTime(Duration.ofMinutes(15), 4, Duration.ofMinutes(5)));

    @Test
    void asSoonAsPossibleIsNowPlusTheLeadTimeOnTheFiveMinuteMark() {
        Clock monday = at("2026-12-07T19:02");

        assertThat(pickup.isOpen(monday)).isTrue();
        assertThat(pickup.earliest(1, monday)).contains(ny("2026-12-07T19:20"));
        assertThat(pickup.asSoonAsPossible(1, monday)).contains(ny("2026-12-07T19:20"));
        assertThat(pickup.earliest(5, monday)).as("5 items take 5 minutes more").contains(ny("2026-12-07T19:25"));
        assertThat(pickup.earliest(9, monday)).contains(ny("2026-12-07T19:30"));
    }

    @Test
    void anOrderPlacedForAsSoonAsPossibleIsExpectedWhenItWasPromised() {
        Clock monday = at("2026-12-07T19:02");

        assertThat(pickup.readyAfter(monday.instant(), 1)).isEqualTo(pickup.asSoonAsPossible(1, monday).orElseThrow());
        assertThat(pickup.readyAfter(monday.instant(), 5)).isEqualTo(ny("2026-12-07T19:25"));
        assertThat(pickup.readyAfter(Instant.parse("2026-12-08T00:00:00Z"), 1)).as("on the mark already")
                .isEqualTo(ny("2026-12-07T19:15"));
    }

    @Test
    void whenClosedTheEarliestIsTheNextOpeningPlusTheLeadTime() {
        Clock lateMonday = at("2026-12-07T23:00");

        assertThat(pickup.isOpen(lateMonday)).isFalse();
        assertThat(pickup.asSoonAsPossible(1, lateMonday)).isEmpty();
        assertThat(pickup.nextOpening(lateMonday)).contains(ny("2026-12-08T11:00"));
        assertThat(pickup.earliest(1, lateMonday)).contains(ny("2026-12-08T11:15"));
    }

    @Test
    void tooCloseToClosingForAsSoonAsPossible() {
        Clock monday = at("2026-12-07T21:50");

        assertThat(pickup.isOpen(monday)).isTrue();
        assertThat(pickup.asSoonAsPossible(1, monday)).isEmpty();
        assertThat(pickup.earliest(1, monday)).contains(ny("2026-12-08T11:15"));
        assertThat(pickup.asSoonAsPossible(1, at("2026-12-07T21:45"))).contains(ny("2026-12-07T22:00"));
    }

    @Test
    void aRangePastMidnightKeepsTheOutletOpenIntoTheNextDay() {
        Clock oneAmSaturday = at("2026-12-12T01:00");

        assertThat(pickup.isOpen(oneAmSaturday)).as("Friday's 17:00-02:00").isTrue();
        assertThat(pickup.asSoonAsPossible(1, oneAmSaturday)).contains(ny("2026-12-12T01:15"));
        assertThat(pickup.asSoonAsPossible(1, at("2026-12-12T01:50"))).isEmpty();
        assertThat(pickup.earliest(1, at("2026-12-12T01:50"))).contains(ny("2026-12-12T12:15"));
        assertThat(pickup.isOpen(at("2026-12-13T01:30"))).as("Saturday's hours run into Sunday").isTrue();
        assertThat(pickup.isOpen(at("2026-12-13T10:00"))).as("closed on Sundays").isFalse();
        assertThat(pickup.nextOpening(at("2026-12-13T10:00"))).contains(ny("2026-12-14T11:00"));
    }

    @Test
    void severalRangesADay() {
        Clock friday = at("2026-12-11T15:30");

        assertThat(pickup.isOpen(friday)).isFalse();
        assertThat(pickup.nextOpening(friday)).contains(ny("2026-12-11T17:00"));
        assertThat(pickup.earliest(1, friday)).contains(ny("2026-12-11T17:15"));
    }

    @Test
    void aPossibleTime() {
        assertThat(pickup.check(ny("2026-12-07T20:00"), 2, at("2026-12-07T19:02")))
                .isEqualTo(new TimeCheck.Possible(ny("2026-12-07T20:00")));
        assertThat(pickup.check(ny("2026-12-07T22:00"), 2, at("2026-12-07T19:02")))
                .as("ready at closing time").isInstanceOf(TimeCheck.Possible.class);
    }

    @Test
    void aTimeOutsideTheHoursOffersTheNearestPossibleTimesEitherSide() {
        TimeCheck check = pickup.check(ny("2026-12-07T23:30"), 1, at("2026-12-07T19:02"));

        assertThat(check).isInstanceOf(TimeCheck.OutsideHours.class);
        assertThat(check.alternatives()).containsExactly(ny("2026-12-07T22:00"), ny("2026-12-08T11:15"));
    }

    @Test
    void aTimeBeforeOpeningOffersTheFirstPossible() {
        TimeCheck check = pickup.check(ny("2026-12-08T07:00"), 1, at("2026-12-08T06:00"));

        assertThat(check).isInstanceOf(TimeCheck.OutsideHours.class);
        assertThat(check.alternatives()).containsExactly(ny("2026-12-08T11:15"));
    }

    @Test
    void aTimeInsideTheLeadTimeIsTooSoon() {
        TimeCheck now = pickup.check(ny("2026-12-07T19:10"), 1, at("2026-12-07T19:02"));
        TimeCheck atOpening = pickup.check(ny("2026-12-08T11:05"), 1, at("2026-12-08T06:00"));

        assertThat(now).isEqualTo(new TimeCheck.TooSoon(ny("2026-12-07T19:10"), ny("2026-12-07T19:20"),
                List.of(ny("2026-12-07T19:20"))));
        assertThat(atOpening).isInstanceOf(TimeCheck.TooSoon.class);
        assertThat(((TimeCheck.TooSoon) atOpening).earliest()).isEqualTo(ny("2026-12-08T11:15"));
        assertThat(pickup.check(ny("2026-12-07T18:00"), 1, at("2026-12-07T19:02")))
                .as("a time already past").isInstanceOf(TimeCheck.TooSoon.class);
    }

    @Test
    void aClosedDateIsNamedAndTheDaysAroundItOffered() {
        TimeCheck check = pickup.check(ny("2026-12-25T19:00"), 1, at("2026-12-24T12:00"));

        assertThat(check).isInstanceOf(TimeCheck.ClosedDate.class);
        assertThat(((TimeCheck.ClosedDate) check).date()).isEqualTo(LocalDate.of(2026, 12, 25));
        assertThat(check.alternatives()).containsExactly(ny("2026-12-24T22:00"), ny("2026-12-26T12:15"));
    }

    @Test
    void anAmbiguousClockTimeTakesTheReadingInsideTheHours() {
        assertThat(pickup.resolve(LocalTime.of(7, 15), false, at("2026-12-07T09:00")))
                .as("7:15 at a place opening at 11 is evening").isEqualTo(ny("2026-12-07T19:15"));
        assertThat(pickup.resolve(LocalTime.of(7, 15), false, at("2026-12-07T20:00")))
                .as("both readings past today: tomorrow evening").isEqualTo(ny("2026-12-08T19:15"));
        assertThat(pickup.resolve(LocalTime.of(12, 30), false, at("2026-12-07T09:00")))
                .as("12:30 is lunch").isEqualTo(ny("2026-12-07T12:30"));
        assertThat(pickup.resolve(LocalTime.of(1, 0), false, at("2026-12-11T20:00")))
                .as("1:00 on a Friday night is after midnight").isEqualTo(ny("2026-12-12T01:00"));
        assertThat(pickup.resolve(LocalTime.of(7, 15), true, at("2026-12-07T06:00")))
                .as("7:15 am said: kept, for the check to explain").isEqualTo(ny("2026-12-07T07:15"));
        assertThat(pickup.resolve(LocalTime.of(19, 5), true, at("2026-12-07T19:00")))
                .as("inside the lead time: kept, for the check to explain").isEqualTo(ny("2026-12-07T19:05"));
    }

    @Test
    void springForwardShortensTheNightAndKeepsWallClockHours() {
        Clock beforeTheChange = Clock.fixed(Instant.parse("2027-03-14T06:50:00Z"), ZoneOffset.UTC);

        assertThat(beforeTheChange.instant().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(1, 50));
        assertThat(pickup.isOpen(beforeTheChange)).isTrue();
        assertThat(pickup.asSoonAsPossible(1, beforeTheChange)).as("02:00 is 03:00 that night: closed by then")
                .isEmpty();
        ZonedDateTime monday = pickup.earliest(1, beforeTheChange).orElseThrow();
        assertThat(monday.toLocalDateTime()).hasToString("2027-03-15T11:15");
        assertThat(monday.toInstant()).as("11:15 daylight time").isEqualTo(Instant.parse("2027-03-15T15:15:00Z"));
    }

    @Test
    void fallBackLengthensTheNight() {
        Clock secondOneThirty = Clock.fixed(Instant.parse("2027-11-07T06:30:00Z"), ZoneOffset.UTC);

        assertThat(secondOneThirty.instant().atZone(NEW_YORK).toLocalTime()).isEqualTo(LocalTime.of(1, 30));
        assertThat(pickup.isOpen(secondOneThirty)).as("Saturday's 02:00 comes an hour later").isTrue();
        assertThat(pickup.asSoonAsPossible(1, secondOneThirty).orElseThrow().toInstant())
                .isEqualTo(Instant.parse("2027-11-07T06:45:00Z"));
    }

    static Clock at(String newYorkLocal) {
        return Clock.fixed(ny(newYorkLocal).toInstant(), ZoneOffset.UTC);
    }

    static ZonedDateTime ny(String local) {
        return ZonedDateTime.of(java.time.LocalDateTime.parse(local), NEW_YORK);
    }
}
