package io.returnrouter.core.capacity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HubPeriodTest {

    @Test
    void aDailyPeriodStartsOnTheDayItself() {
        LocalDate day = LocalDate.of(2026, 12, 2);

        assertThat(HubPeriod.DAY.start(day)).isEqualTo(day);
    }

    @Test
    void aWeeklyPeriodStartsOnTheMondayBefore() {
        HubPeriod week = HubPeriod.ofDays(7);

        assertThat(week.start(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.start(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.start(LocalDate.of(2026, 12, 6))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(week.start(LocalDate.of(2026, 12, 7)).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(week.start(LocalDate.of(2026, 12, 7))).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void aWholePlanIsOnePeriodWhateverTheDay() {
        assertThat(HubPeriod.WHOLE_PLAN.start(LocalDate.of(2026, 12, 2)))
                .isEqualTo(HubPeriod.WHOLE_PLAN.start(LocalDate.of(2027, 3, 1)))
                .isEqualTo(HubPeriod.WHOLE_PLAN.start(null));
    }

    @Test
    void aConfiguredPeriodLastsAtLeastADay() {
        assertThatThrownBy(() -> HubPeriod.ofDays(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
