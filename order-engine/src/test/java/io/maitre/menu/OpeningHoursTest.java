package io.maitre.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningHoursTest {

    @Test
    void describesTheWeekForCustomers() {
        assertThat(TimetableTest.HOURS.describe())
                .isEqualTo("Mon-Thu 11am-10pm, Fri 11am-3pm and 5pm-2am, Sat 12pm-2am");
        assertThat(TestMenus.alwaysOpen().describe()).isEqualTo("Mon-Sun 12am-12am");
    }

    @Test
    void periodsMergeWhereOneDaysHoursRunIntoTheNext() {
        OpeningHours hours = new OpeningHours(Map.of(
                DayOfWeek.SATURDAY, List.of(OpeningRange.parse("18:00-24:00")),
                DayOfWeek.SUNDAY, List.of(OpeningRange.parse("00:00-03:00"))), Set.of());

        List<OpenPeriod> periods = hours.periods(Instant.parse("2026-12-12T12:00:00Z"), TimetableTest.NEW_YORK, 2);

        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).opens()).isEqualTo(TimetableTest.ny("2026-12-12T18:00"));
        assertThat(periods.get(0).closes()).isEqualTo(TimetableTest.ny("2026-12-13T03:00"));
    }

    @Test
    void readsRangesAndRefusesNonsense() {
        assertThat(OpeningRange.parse("9:30 - 24:00")).isEqualTo(new OpeningRange(LocalTime.of(9, 30), LocalTime.MIDNIGHT));
        assertThat(OpeningRange.parse("18:00-02:00").pastMidnight()).isTrue();
        assertThatThrownBy(() -> OpeningRange.parse("11am-10pm")).isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("'11am' is not a time like 09:30");
        assertThatThrownBy(() -> OpeningRange.parse("11:00")).isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("'11:00' is not written like 11:00-22:00");
        assertThatThrownBy(() -> OpeningRange.parse("11:00-25:00")).isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("'25:00' is not a time");
        assertThatThrownBy(() -> new OpeningHours(Map.of(DayOfWeek.MONDAY,
                List.of(OpeningRange.parse("11:00-15:00"), OpeningRange.parse("14:00-22:00"))), Set.of()))
                .isInstanceOf(InvalidMenu.class).hasMessageContaining("hours.monday: ranges 11:00-15:00 and 14:00-22:00 overlap");
        assertThatThrownBy(() -> new OpeningHours(Map.of(), Set.of())).isInstanceOf(InvalidMenu.class)
                .hasMessageContaining("no day has opening hours");
    }
}
