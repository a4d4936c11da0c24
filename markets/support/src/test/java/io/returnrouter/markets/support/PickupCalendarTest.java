package io.returnrouter.markets.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

class PickupCalendarTest {

    @Test
    void computesEasterSundayForKnownYears() {
        assertThat(PickupCalendar.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(PickupCalendar.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(PickupCalendar.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(PickupCalendar.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void skipsSundaysFixedAndEasterBoundHolidays() {
        PickupCalendar calendar = new PickupCalendar(Set.of(MonthDay.of(12, 25), MonthDay.of(12, 26)), Set.of(-2, 1));

        // Thu 24 Dec 2026 -> Fri 25 (holiday), Sat 26 (holiday), Sun 27 -> Mon 28.
        assertThat(calendar.firstPickupDayAfter(LocalDate.of(2026, 12, 24))).isEqualTo(LocalDate.of(2026, 12, 28));
        // Good Friday 3 Apr 2026 and Easter Monday 6 Apr 2026.
        assertThat(calendar.isPickupDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(calendar.isPickupDay(LocalDate.of(2026, 4, 4))).isTrue();
        assertThat(calendar.firstPickupDayAfter(LocalDate.of(2026, 4, 4))).isEqualTo(LocalDate.of(2026, 4, 7));
    }
}
