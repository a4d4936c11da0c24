package io.returnrouter.core.capacity;

import java.time.LocalDate;

/**
 * The period a hub's capacity and fixed cost count over. Periods of seven days start on Mondays;
 * {@link #WHOLE_PLAN} makes a batch plan one period, as its constraints charge a hub once per plan.
 *
 * @param days the period's length; 0 for the whole plan
 */
public record HubPeriod(int days) {

    public static final HubPeriod WHOLE_PLAN = new HubPeriod(0);
    public static final HubPeriod DAY = new HubPeriod(1);

    /** Epoch day 4 (1970-01-05) was a Monday. */
    private static final long MONDAY = 4;

    public HubPeriod {
        if (days < 0) {
            throw new IllegalArgumentException("a hub period has a positive number of days, or 0 for the whole plan");
        }
    }

    public static HubPeriod ofDays(int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("a hub period lasts at least one day, not " + days);
        }
        return new HubPeriod(days);
    }

    /** The first day of the period that contains the day; every day (even none) of a whole plan is one period. */
    public LocalDate start(LocalDate day) {
        if (days == 0) {
            return LocalDate.EPOCH;
        }
        long offset = Math.floorMod(day.toEpochDay() - MONDAY, days);
        return day.minusDays(offset);
    }
}
